package org.vfmigrate.backend.migration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vfmigrate.backend.host.HostCalls;
import org.vfmigrate.common.businessentities.migration.MigrationPolicy;
import org.vfmigrate.vdsbroker.host.DomainMigration;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.MigrationResult;

/**
 * Waits for a migration job the way its policy says: the job starts with the policy's first allowed downtime;
 * each step interval it has not converged, the allowed downtime is raised to the next step on the host; a job
 * that has not converged under the last step by {@code bound} (the policy's convergence timeout, at most the
 * engine's bound) fails, and the caller cancels and undoes it.
 */
final class DowntimeStepping {

    private static final Logger log = LoggerFactory.getLogger(DowntimeStepping.class);

    private final DomainMigration host;
    private final String address;
    private final String vmName;

    DowntimeStepping(DomainMigration host, String address, String vmName) {
        this.host = host;
        this.address = address;
        this.vmName = vmName;
    }

    /** The job's result; throws {@link HostOperationException} when it failed, did not converge or timed out. */
    MigrationResult await(CompletableFuture<MigrationResult> job, MigrationPolicy policy, Duration stepInterval,
            Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        List<Duration> steps = policy.downtimeSteps();
        for (int step = 0; ; step++) {
            boolean last = step >= steps.size() - 1;
            long left = deadline - System.nanoTime();
            long wait = last ? left : Math.min(left, stepInterval.toNanos());
            try {
                return job.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (last || System.nanoTime() - deadline >= 0) {
                    throw timeout("no answer within " + bound.toSeconds()
                            + " s; the migration did not converge (allowed downtime reached "
                            + steps.get(step).toMillis() + " ms of the " + policy.apiName() + " policy's "
                            + policy.maxDowntime().toMillis() + " ms)");
                }
                raise(steps.get(step + 1));
            } catch (ExecutionException e) {
                throw HostCalls.failure(e, address, vmName, HostOperation.MIGRATE);
            } catch (InterruptedException e) {
                throw HostCalls.interrupted(address, vmName, HostOperation.MIGRATE);
            }
        }
    }

    private void raise(Duration downtime) {
        try {
            host.setMaxDowntime(vmName, downtime);
            log.info("Migration of {} has not converged yet; allowed downtime raised to {} ms", vmName,
                    downtime.toMillis());
        } catch (RuntimeException e) {
            // the job is switching over or already ended: its result tells
            log.debug("Could not raise the allowed downtime of {}: {}", vmName, e.getMessage());
        }
    }

    private HostOperationException timeout(String message) {
        return new HostOperationException(address, vmName, HostOperation.MIGRATE, HostOperationException.Reason.TIMEOUT,
                message);
    }
}
