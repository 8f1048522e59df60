package org.vfmigrate.backend.migration;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostEvents;

/**
 * Shows the source host's progress reports for a migration (the share of memory copied) on the migration's
 * running {@code migrating} step, for as long as the migrate call runs. Host events arrive on the driver's event
 * thread, which must not block, so the updates are written by one thread of their own, in order, each in its own
 * transaction. Progress is informative only: an update that fails is logged and dropped.
 */
@Component
class MigrationProgressFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MigrationProgressFollower.class);

    private final HostDrivers drivers;
    private final MigrationJobs jobs;
    private final TransactionTemplate tx;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "migration-progress");
        t.setDaemon(true);
        return t;
    });

    MigrationProgressFollower(HostDrivers drivers, MigrationJobs jobs, PlatformTransactionManager tm) {
        this.drivers = drivers;
        this.jobs = jobs;
        this.tx = new TransactionTemplate(tm);
    }

    /** Follows the migration's progress on its source host until the returned subscription is closed. */
    HostEvents.Subscription follow(MigrationPlan plan) {
        UUID migrationId = plan.migrationId();
        return drivers.driver(plan.source().getAddress()).subscribe(event -> {
            if (event instanceof HostEvent.MigrationProgress p && p.vmName().equals(plan.vmName())) {
                writer.execute(() -> record(migrationId, p.percent()));
            }
        });
    }

    private void record(UUID migrationId, int percent) {
        try {
            tx.executeWithoutResult(s -> jobs.progress(migrationId, percent));
        } catch (RuntimeException e) {
            log.debug("Progress {}% of migration {} not recorded: {}", percent, migrationId, e.getMessage());
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
