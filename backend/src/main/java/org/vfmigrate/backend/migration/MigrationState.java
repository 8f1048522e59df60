package org.vfmigrate.backend.migration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.AuditContext;
import org.vfmigrate.backend.bll.AuditLogDirector;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.backend.monitoring.VmDeviceStateSync;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.host.HostOperationException;

/**
 * The database side of a running migration, each step in a transaction of its own so the phase on disk is
 * always the phase on the hosts: load the plan, move from phase to phase, record the VM's arrival, the VFs
 * plugged on the destination, and the end — done with its timings, or undone with what was restored.
 */
@Component
class MigrationState {

    private static final Logger log = LoggerFactory.getLogger(MigrationState.class);

    private final MigrationDao migrationDao;
    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final HostDao hostDao;
    private final HostDeviceDao hostDeviceDao;
    private final VmDescriptionFactory descriptions;
    private final VmDeviceStateSync deviceSync;
    private final AuditLogDirector auditLog;
    private final MigrationJobs jobs;
    private final MigrationMetrics metrics;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final EngineLease lease;
    private volatile boolean stopping;

    MigrationState(MigrationDao migrationDao, VmDao vmDao, VmNicDao vmNicDao, HostDao hostDao,
            HostDeviceDao hostDeviceDao, VmDescriptionFactory descriptions, VmDeviceStateSync deviceSync,
            AuditLogDirector auditLog, MigrationJobs jobs, MigrationMetrics metrics, PlatformTransactionManager tm,
            Clock clock, EngineLease lease) {
        this.migrationDao = migrationDao;
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.hostDao = hostDao;
        this.hostDeviceDao = hostDeviceDao;
        this.descriptions = descriptions;
        this.deviceSync = deviceSync;
        this.auditLog = auditLog;
        this.jobs = jobs;
        this.metrics = metrics;
        this.tx = new TransactionTemplate(tm);
        this.clock = clock;
        this.lease = lease;
    }

    /** From now on every write refuses: the engine is stopping and leaves its migrations to recovery. */
    void stop() {
        stopping = true;
    }

    /** Throws {@link MigrationHandedOver} when this engine may no longer act on the migration. */
    void ensureCarried(MigrationPlan plan) {
        if (stopping) {
            throw new MigrationHandedOver("the engine is stopping");
        }
        tx.executeWithoutResult(s -> carried(plan.migrationId()));
    }

    /** The migration, for a write by this engine: refused when it stops or when another engine took it over. */
    private Migration carried(UUID migrationId) {
        if (stopping) {
            throw new MigrationHandedOver("the engine is stopping");
        }
        Migration m = migrationDao.get(migrationId);
        if (m.getEngineId() != null && !m.getEngineId().equals(lease.self())) {
            throw new MigrationHandedOver("engine " + m.getEngineId() + " took the migration over");
        }
        return m;
    }

    MigrationPlan load(UUID migrationId) {
        return tx.execute(s -> {
            Migration m = migrationDao.get(migrationId);
            Vm vm = vmDao.get(m.getVmId());
            Host source = hostDao.get(m.getSourceHostId());
            Host destination = hostDao.get(m.getDestinationHostId());
            List<MigrationPlan.MovingNic> nics = new ArrayList<>();
            for (VmNic nic : vmNicDao.getAllForVm(vm.getId())) {
                if (nic.isPlugged() && hostDeviceDao.getHeldBy(nic.getId(), destination.getId()).isPresent()) {
                    nics.add(new MigrationPlan.MovingNic(nic.getId(), nic.getName(),
                            descriptions.describe(nic, source.getId()), descriptions.describe(nic, destination.getId())));
                }
            }
            return new MigrationPlan(migrationId, vm.getId(), vm.getName(), source, destination, m.getMode(),
                    m.getPolicy() != null ? m.getPolicy()
                            : org.vfmigrate.common.businessentities.migration.MigrationPolicy.MINIMAL_DOWNTIME, nics);
        });
    }

    void phase(MigrationPlan plan, MigrationPhase phase) {
        tx.executeWithoutResult(s -> {
            Migration m = carried(plan.migrationId());
            m.setPhase(phase);
            jobs.phase(plan, m, phase);
        });
    }

    /**
     * The VM runs on the destination and its VFs were plugged there: in one transaction, the VM is recorded on
     * the destination, its source VFs go back to the pool, the plugged destination VFs become attached, and the
     * migration is closed with its timings.
     */
    void arrivedAndDone(MigrationPlan plan, List<MigrationPlan.MovingNic> plugged, MigrationTimings timings,
            List<String> notPlugged) {
        tx.executeWithoutResult(s -> {
            Migration m = carried(plan.migrationId());
            m.setPhase(MigrationPhase.PLUGGING);
            vmDao.get(plan.vmId()).setRunOnHostId(plan.destination().getId());
            for (MigrationPlan.MovingNic nic : plan.nics()) {
                hostDeviceDao.getHeldBy(nic.nicId(), plan.source().getId())
                        .ifPresent(vf -> hostDeviceDao.release(vf.getId()));
            }
            for (MigrationPlan.MovingNic nic : plugged) {
                hostDeviceDao.getHeldBy(nic.nicId(), plan.destination().getId())
                        .ifPresent(vf -> hostDeviceDao.setReservation(vf.getId(), VfReservation.ATTACHED));
            }
            closeDone(plan, m, timings, notPlugged);
        });
        metrics.done(plan.mode(), timings, notPlugged.size());
    }

    private void closeDone(MigrationPlan plan, Migration m, MigrationTimings timings, List<String> notPlugged) {
        timings.applyTo(m);
        m.setPhase(MigrationPhase.DONE);
        m.setFinishedAt(clock.instant());
        jobs.pluggedAndDone(plan, m, notPlugged.isEmpty());
        Vm vm = vmDao.get(plan.vmId());
        vm.setStatus(VmStatus.UP);
        syncDevices(vm, plan.destination(), false);
        AuditContext context = new AuditContext().vm(plan.vmId(), plan.vmName())
                .host(plan.destination().getId(), plan.destination().getName())
                .put("DestinationHostName", plan.destination().getName())
                .put("DowntimeMs", String.valueOf(m.getDowntimeMs())).put("DegradedMs", String.valueOf(m.getDegradedMs()))
                .put("OutageMs", String.valueOf(m.getOutageMs()));
        auditLog.log(AuditLogType.VM_MIGRATION_DONE, context, EngineUser.SYSTEM);
        if (!notPlugged.isEmpty()) {
            auditLog.log(AuditLogType.VM_MIGRATION_NOT_ALL_VM_NICS_WERE_PLUGGED_BACK, new AuditContext()
                    .vm(plan.vmId(), plan.vmName()).put("NamesOfNotRepluggedNics", String.join(", ", notPlugged)),
                    EngineUser.SYSTEM);
        }
    }

    /**
     * The VM stayed on the source: destination reservations go back, and the outcome is recorded;
     * {@code notPluggedBack} VFs could not be plugged back on the source.
     */
    void undone(MigrationPlan plan, UndoCause cause, String whileDoing, String reason, String restored,
            int notPluggedBack) {
        tx.executeWithoutResult(s -> {
            Migration m = carried(plan.migrationId());
            for (MigrationPlan.MovingNic nic : plan.nics()) {
                hostDeviceDao.getHeldBy(nic.nicId(), plan.destination().getId())
                        .ifPresent(vf -> hostDeviceDao.release(vf.getId()));
            }
            m.setPhase(MigrationPhase.UNDONE);
            m.setFailure(reason);
            m.setFinishedAt(clock.instant());
            jobs.undone(plan, m);
            Vm vm = vmDao.get(plan.vmId());
            vm.setStatus(VmStatus.UP);
            syncDevices(vm, plan.source(), true);
            auditLog.log(AuditLogType.VM_MIGRATION_FAILED, new AuditContext().vm(plan.vmId(), plan.vmName())
                    .put("Phase", whileDoing).put("Reason", reason).host(plan.source().getId(), plan.source().getName())
                    .put("Restored", restored), EngineUser.SYSTEM);
        });
        metrics.undone(plan.mode(), cause, notPluggedBack);
    }

    /**
     * Records the VM's devices as the host shows them. A host that cannot show them (unreachable, or not running
     * the VM at all) does not keep the migration from ending: the outcome is recorded, and monitoring reads the
     * devices when the host answers again — a migration left open would hold its VFs and lock the VM for good.
     */
    private void syncDevices(Vm vm, Host host, boolean adoptAsDesired) {
        try {
            deviceSync.sync(vm, host, adoptAsDesired);
        } catch (HostOperationException e) {
            log.warn("Could not read the devices of VM {} on {} to close its migration; monitoring will: {}",
                    vm.getName(), host.getName(), e.getMessage());
        }
    }
}
