package org.vfmigrate.common.businessentities.migration;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a migration is allowed to behave on the host, as oVirt's migration policies: the stop-and-copy downtime
 * the hypervisor may take (QEMU's default is 300 ms, vdsm's 500 ms; "minimal downtime" steps from 100 ms up to
 * 500 ms), and how long the migration may take to converge before it is aborted and undone. A cluster has a
 * default; a VM may override it.
 */
public enum MigrationPolicy {
    MINIMAL_DOWNTIME(Duration.ofMinutes(5), 100, 150, 200, 300, 400, 500),
    SUSPEND_WORKLOAD(Duration.ofMinutes(10), 500, 1000, 2000, 5000),
    LEGACY(Duration.ofMinutes(10), 500);

    private final List<Duration> downtimeSteps;
    private final Duration convergenceTimeout;

    MigrationPolicy(Duration convergenceTimeout, long... downtimeStepsMs) {
        this.downtimeSteps = Arrays.stream(downtimeStepsMs).mapToObj(Duration::ofMillis).toList();
        this.convergenceTimeout = convergenceTimeout;
    }

    public Duration initialDowntime() {
        return downtimeSteps.get(0);
    }

    /** The most downtime the host may take before the migration is aborted. */
    public Duration maxDowntime() {
        return downtimeSteps.get(downtimeSteps.size() - 1);
    }

    /**
     * The downtime schedule: the migration starts with the first; each time it has not converged within a step
     * interval the allowed downtime is raised to the next; a migration that has not converged under the last
     * by the convergence timeout is aborted.
     */
    public List<Duration> downtimeSteps() {
        return downtimeSteps;
    }

    public Duration convergenceTimeout() {
        return convergenceTimeout;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MigrationPolicy> byApiName(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(p -> p.apiName().equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
