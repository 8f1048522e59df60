package org.vfmigrate.backend.migration.scheduled;

import org.vfmigrate.backend.config.EngineReadiness;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.AuditContext;
import org.vfmigrate.backend.bll.AuditLogDirector;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * Empties hosts that are preparing for maintenance: each round starts as many migrations of their VMs as the
 * host's parallel-migration limit leaves room for (the MigrateVm rules decide each destination), and every
 * migration that ends starts the next at once, so the limit stays filled; a host with no VMs left goes to
 * maintenance. A VM that cannot move is reported once and the host stays where it is.
 */
@Component
public class HostEvacuation {

    private final HostDao hostDao;
    private final VmDao vmDao;
    private final MigrationDao migrationDao;
    private final Backend backend;
    private final org.vfmigrate.backend.migration.MigrationOrchestrator orchestrator;
    private final AuditLogDirector auditLog;
    private final TransactionTemplate tx;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private final EngineReadiness readiness;
    public HostEvacuation(HostDao hostDao, VmDao vmDao, MigrationDao migrationDao, Backend backend,
            org.vfmigrate.backend.migration.MigrationOrchestrator orchestrator, AuditLogDirector auditLog,
            PlatformTransactionManager tm, EngineReadiness readiness) {
        this.readiness = readiness;
        this.orchestrator = orchestrator;
        this.hostDao = hostDao;
        this.vmDao = vmDao;
        this.migrationDao = migrationDao;
        this.backend = backend;
        this.auditLog = auditLog;
        this.tx = new TransactionTemplate(tm);
    }

    @Scheduled(fixedDelayString = "${VFMIGRATE_EVACUATION_INTERVAL_MS:1000}")
    public void round() {
        if (!readiness.isReady()) {
            return; // start-up recovery first
        }
        List<Host> preparing = tx.execute(s -> hostDao.getAll().stream()
                .filter(h -> h.getStatus() == HostStatus.PREPARING_FOR_MAINTENANCE).toList());
        preparing.forEach(this::evacuate);
    }

    /** One round for one host; returns how many migrations it started. */
    public int evacuate(Host host) {
        List<Vm> vms = tx.execute(s -> vmDao.getAllRunningOnHost(host.getId()));
        if (vms.isEmpty()) {
            finish(host);
            return 0;
        }
        int room = host.getMaxParallelMigrations() - tx.execute(s -> migrationDao.countActiveFromHost(host.getId()));
        int started = 0;
        for (Vm vm : vms) {
            if (started >= room) {
                break;
            }
            if (vm.getStatus() != VmStatus.UP) {
                continue;
            }
            ActionReturnValue result = backend.runAction(ActionType.MIGRATE_VM, new MigrateVmParameters(vm.getId(), null));
            if (result.getSucceeded()) {
                started++;
                // refill the freed slot as soon as this migration ends, not at the next round
                orchestrator.completion(result.<UUID>getActionReturnValue())
                        .thenRunAsync(() -> evacuateIfPreparing(host.getId()));
            } else if (isLasting(result) && reported.add(vm.getId() + "/" + result.getMessage())) {
                tx.executeWithoutResult(s -> auditLog.log(AuditLogType.VM_CANNOT_BE_EVACUATED, new AuditContext()
                        .vm(vm.getId(), vm.getName()).host(host.getId(), host.getName())
                        .put("Reason", String.join(" ", result.getRenderedMessages())), EngineUser.SYSTEM));
            }
        }
        return started;
    }

    /** A refusal worth reporting: not a VM that is gone, or busy with another operation for a moment. */
    private static boolean isLasting(ActionReturnValue result) {
        return result.getMessage().kind() != org.vfmigrate.common.errors.EngineMessage.Kind.NOT_FOUND
                && result.getMessage() != org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_LOCKED
                && result.getMessage() != org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_MIGRATING;
    }

    private void evacuateIfPreparing(UUID hostId) {
        Host fresh = tx.execute(s -> hostDao.get(hostId));
        if (fresh != null && fresh.getStatus() == HostStatus.PREPARING_FOR_MAINTENANCE) {
            evacuate(fresh);
        }
    }

    private void finish(Host host) {
        tx.executeWithoutResult(s -> {
            Host fresh = hostDao.get(host.getId());
            if (fresh != null && fresh.getStatus() == HostStatus.PREPARING_FOR_MAINTENANCE) { // null: host removed
                fresh.setStatus(HostStatus.MAINTENANCE);
                auditLog.log(AuditLogType.HOST_EVACUATED, new AuditContext().host(fresh.getId(), fresh.getName()),
                        EngineUser.SYSTEM);
            }
        });
    }
}
