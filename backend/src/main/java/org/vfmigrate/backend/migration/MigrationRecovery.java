package org.vfmigrate.backend.migration;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.vdsbroker.host.HostDriver;

/**
 * Finishes or undoes the migrations an engine left unfinished when it stopped, from the persisted phase and the
 * hosts' truth: a VM the destination runs is finished there (its reserved VFs plugged); a VM the source runs is
 * undone (a migration job still going is cancelled, the VFs that were unplugged are plugged back, the
 * destination reservations released). Runs at start-up (after simulated hosts got their VMs back) for this
 * engine's own migrations and those of stopped engines, and then every {@code VFMIGRATE_RECOVERY_INTERVAL_MS}
 * for the migrations of engines whose lease ran out. Each migration is first taken over with a compare-and-set
 * on its engine, so of several engines sharing the database exactly one recovers it.
 */
@Component
public class MigrationRecovery {

    private static final Logger log = LoggerFactory.getLogger(MigrationRecovery.class);

    private final MigrationDao migrationDao;
    private final MigrationState state;
    private final MigrationOrchestrator orchestrator;
    private final HostDrivers drivers;
    private final TransactionTemplate tx;
    private final EngineLease lease;

    public MigrationRecovery(MigrationDao migrationDao, MigrationState state, MigrationOrchestrator orchestrator,
            HostDrivers drivers, PlatformTransactionManager tm, EngineLease lease) {
        this.migrationDao = migrationDao;
        this.state = state;
        this.orchestrator = orchestrator;
        this.drivers = drivers;
        this.tx = new TransactionTemplate(tm);
        this.lease = lease;
    }

    @Order(1)
    @EventListener(ApplicationStartedEvent.class)
    public void atStartUp() {
        // this engine's own migrations are taken whatever its heartbeat says; the heartbeat starts with the bean
        recoverOrphans();
    }

    /**
     * Takes over and recovers every unfinished migration no live engine carries; returns how many it recovered.
     */
    @Scheduled(initialDelayString = "${VFMIGRATE_RECOVERY_INTERVAL_MS:30000}",
            fixedDelayString = "${VFMIGRATE_RECOVERY_INTERVAL_MS:30000}")
    public synchronized int recoverOrphans() {
        List<Migration> orphans = tx.execute(s ->
                migrationDao.getUnfinishedWithoutLiveEngine(lease.self(), lease.lease()));
        int recovered = 0;
        for (Migration m : orphans) {
            if (orchestrator.isCarrying(m.getId())) {
                continue;
            }
            UUID previous = m.getEngineId();
            if (Boolean.TRUE.equals(tx.execute(s -> migrationDao.takeOver(m.getId(), previous, lease.self())))) {
                if (previous != null && !previous.equals(lease.self())) {
                    log.info("Engine {} stopped carrying migration {}; taking it over", previous, m.getId());
                }
                recover(m.getId());
                recovered++;
            }
        }
        return recovered;
    }

    /** Finishes or undoes one unfinished migration; returns what it did. */
    public String recover(UUID migrationId) {
        MigrationPlan plan = state.load(migrationId);
        try {
            if (runsOn(plan.destination().getAddress(), plan.vmName())
                    && !runsOn(plan.source().getAddress(), plan.vmName())) {
                log.info("Finishing migration of {} to {} after a restart", plan.vmName(), plan.destination().getName());
                orchestrator.finishAfterRestart(plan);
                return "finished";
            }
            cancelQuietly(plan);
            log.info("Undoing migration of {} from {} after a restart", plan.vmName(), plan.source().getName());
            orchestrator.undoAfterRestart(plan);
            return "undone";
        } catch (MigrationHandedOver e) {
            return "left to another engine: " + e.getMessage();
        } catch (RuntimeException e) {
            log.warn("Could not recover migration {} of {}: {}", migrationId, plan.vmName(), e.getMessage());
            return "left for later: " + e.getMessage();
        }
    }

    private boolean runsOn(String address, String vmName) {
        HostDriver driver = drivers.driver(address);
        return driver.runningDomains().contains(vmName);
    }

    private void cancelQuietly(MigrationPlan plan) {
        try {
            drivers.driver(plan.source().getAddress()).cancelMigration(plan.vmName());
        } catch (RuntimeException e) {
            // no job to cancel
        }
    }
}
