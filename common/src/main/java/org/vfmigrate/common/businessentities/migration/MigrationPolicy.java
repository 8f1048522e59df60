package org.vfmigrate.common.businessentities.migration;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a migration is allowed to behave on the host, as oVirt's migration policies: the stop-and-copy downtime
 * the hypervisor may take (QEMU's default is 300 ms, vdsm's 500 ms; "minimal downtime" steps from 100 ms up to
 * 500 ms), and how long the migration may take to converge before it is aborted and undone. A cluster has a
 * default; a VM may override it.
 */
public enum MigrationPolicy {
    MINIMAL_DOWNTIME(Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofMinutes(5)),
    SUSPEND_WORKLOAD(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(10)),
    LEGACY(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMinutes(10));

    private final Duration initialDowntime;
    private final Duration maxDowntime;
    private final Duration convergenceTimeout;

    MigrationPolicy(Duration initialDowntime, Duration maxDowntime, Duration convergenceTimeout) {
        this.initialDowntime = initialDowntime;
        this.maxDowntime = maxDowntime;
        this.convergenceTimeout = convergenceTimeout;
    }

    public Duration initialDowntime() {
        return initialDowntime;
    }

    /** The most downtime the host may take before the migration is aborted. */
    public Duration maxDowntime() {
        return maxDowntime;
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
