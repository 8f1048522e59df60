package org.vfmigrate.backend.monitoring;

import org.vfmigrate.backend.config.EngineReadiness;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.AuditContext;
import org.vfmigrate.backend.bll.AuditLogDirector;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.host.NicHotplug;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * Plugs back the VF of a NIC that should have one but whose VM's host does not show it: a destination plug that
 * kept failing after a migration (the reservation was kept for this), or a VF that could not be plugged back on
 * the source after an undo. Every monitoring round, for each running VM that no migration or other operation
 * holds: each plugged VF NIC that holds a VF on the VM's host gets it plugged if the live XML lacks it; the VF
 * becomes attached. A plug-back is audited; a failing one once, until it succeeds.
 */
@Component
public class MissingVfReplug {

    private static final Logger log = LoggerFactory.getLogger(MissingVfReplug.class);

    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final HostDao hostDao;
    private final HostDeviceDao hostDeviceDao;
    private final MigrationDao migrationDao;
    private final HostDrivers drivers;
    private final NicHotplug hotplug;
    private final VmDescriptionFactory descriptions;
    private final VmDeviceStateSync deviceSync;
    private final AuditLogDirector auditLog;
    private final TransactionTemplate tx;
    /** NICs whose last plug-back failed, so that a lasting failure is audited once, not every round. */
    private final java.util.Set<UUID> failing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final EngineReadiness readiness;
    public MissingVfReplug(VmDao vmDao, VmNicDao vmNicDao, HostDao hostDao, HostDeviceDao hostDeviceDao,
            MigrationDao migrationDao, HostDrivers drivers, NicHotplug hotplug, VmDescriptionFactory descriptions,
            VmDeviceStateSync deviceSync, AuditLogDirector auditLog, PlatformTransactionManager tm,
            EngineReadiness readiness) {
        this.readiness = readiness;
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.hostDao = hostDao;
        this.hostDeviceDao = hostDeviceDao;
        this.migrationDao = migrationDao;
        this.drivers = drivers;
        this.hotplug = hotplug;
        this.descriptions = descriptions;
        this.deviceSync = deviceSync;
        this.auditLog = auditLog;
        this.tx = new TransactionTemplate(tm);
    }

    /** One round over every running VM; returns how many VFs it plugged back. */
    @Scheduled(initialDelayString = "${VFMIGRATE_MONITOR_INTERVAL_MS:15000}",
            fixedDelayString = "${VFMIGRATE_MONITOR_INTERVAL_MS:15000}")
    public int replugAll() {
        if (!readiness.isReady()) {
            return 0; // start-up recovery first
        }
        List<UUID> running = tx.execute(s -> vmDao.getAll().stream()
                .filter(vm -> vm.getStatus() == VmStatus.UP && vm.getRunOnHostId() != null).map(Vm::getId).toList());
        int plugged = 0;
        for (UUID vm : running) {
            try {
                plugged += replug(vm);
            } catch (RuntimeException e) {
                log.warn("Could not check the VFs of VM {}: {}", vm, e.getMessage());
            }
        }
        return plugged;
    }

    /** Plugs back the missing VFs of one VM, unless something else holds it; returns how many it plugged. */
    public int replug(UUID vmId) {
        Integer plugged = tx.execute(s -> {
            // locked first, so the VM read is not from before an operation that just committed
            if (!vmDao.tryLock(vmId)) {
                return 0;
            }
            Vm vm = vmDao.get(vmId);
            if (vm == null || vm.getStatus() != VmStatus.UP || vm.getRunOnHostId() == null
                    || migrationDao.getActiveForVm(vmId).isPresent()) {
                return 0;
            }
            Host host = hostDao.get(vm.getRunOnHostId());
            java.util.Set<String> shown = drivers.driver(host.getAddress()).liveInterfaceAliases(vm.getName());
            int count = 0;
            for (VmNic nic : vmNicDao.getAllForVm(vmId)) {
                HostDevice vf = nic.isPlugged() ? hostDeviceDao.getHeldBy(nic.getId(), host.getId()).orElse(null) : null;
                if (vf == null) {
                    continue;
                }
                if (shown.contains(NicAliases.primary(nic.getId()))) {
                    if (vf.getReservation() != VfReservation.ATTACHED) {
                        hostDeviceDao.setReservation(vf.getId(), VfReservation.ATTACHED);
                    }
                    continue;
                }
                count += plugBack(vm, host, nic, vf) ? 1 : 0;
            }
            if (count > 0) {
                deviceSync.sync(vm, host, false);
            }
            return count;
        });
        return plugged == null ? 0 : plugged;
    }

    private boolean plugBack(Vm vm, Host host, VmNic nic, HostDevice vf) {
        AuditContext context = new AuditContext().vm(vm.getId(), vm.getName()).host(host.getId(), host.getName())
                .put("InterfaceName", nic.getName());
        try {
            hotplug.plugPrimary(host.getAddress(), vm.getName(), descriptions.describe(nic, host.getId()));
        } catch (RuntimeException e) {
            if (failing.add(nic.getId())) {
                auditLog.log(AuditLogType.VM_INTERFACE_VF_PLUG_BACK_FAILED, context.put("Reason", e.getMessage()),
                        EngineUser.SYSTEM);
            }
            return false;
        }
        failing.remove(nic.getId());
        hostDeviceDao.setReservation(vf.getId(), VfReservation.ATTACHED);
        auditLog.log(AuditLogType.VM_INTERFACE_VF_PLUGGED_BACK, context, EngineUser.SYSTEM);
        return true;
    }
}
