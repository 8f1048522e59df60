package org.vfmigrate.backend.monitoring;

import org.vfmigrate.backend.config.EngineReadiness;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostEvents;
import org.vfmigrate.vdsbroker.matching.DeviceMatchReport;
import org.vfmigrate.vdsbroker.matching.UnmanagedInterface;

/**
 * Keeps the recorded devices of running VMs in step with their hosts: periodically, and at once when a host
 * reports a device added or removed. A device that should be plugged but is missing (or comes back), and an
 * interface the engine does not manage, are reported in the audit log once per change. A VM another operation
 * holds is left alone until the next round.
 */
@Component
public class DeviceMonitor {

    private static final Logger log = LoggerFactory.getLogger(DeviceMonitor.class);

    private final HostDao hostDao;
    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final VmDeviceDao vmDeviceDao;
    private final VmDeviceStateSync sync;
    private final HostDrivers drivers;
    private final AuditLogDirector auditLog;
    private final TransactionTemplate tx;
    private final Map<String, HostEvents.Subscription> subscriptions = new ConcurrentHashMap<>();
    private final Set<String> reportedUnmanaged = ConcurrentHashMap.newKeySet();
    private final ExecutorService reactions = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "device-monitor");
        t.setDaemon(true);
        return t;
    });

    private final EngineReadiness readiness;
    public DeviceMonitor(HostDao hostDao, VmDao vmDao, VmNicDao vmNicDao, VmDeviceDao vmDeviceDao,
            VmDeviceStateSync sync, HostDrivers drivers, AuditLogDirector auditLog, PlatformTransactionManager tm,
            EngineReadiness readiness) {
        this.readiness = readiness;
        this.hostDao = hostDao;
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.vmDeviceDao = vmDeviceDao;
        this.sync = sync;
        this.drivers = drivers;
        this.auditLog = auditLog;
        this.tx = new TransactionTemplate(tm);
    }

    @Scheduled(initialDelayString = "${VFMIGRATE_MONITOR_INTERVAL_MS:15000}",
            fixedDelayString = "${VFMIGRATE_MONITOR_INTERVAL_MS:15000}")
    public void refreshAll() {
        if (!readiness.isReady()) {
            return; // start-up recovery first
        }
        for (Host host : tx.execute(s -> hostDao.getAll())) {
            if (host.getStatus() != HostStatus.UP) {
                continue;
            }
            subscribe(host);
            for (Vm vm : tx.execute(s -> vmDao.getAllRunningOnHost(host.getId()))) {
                refresh(vm.getId());
            }
        }
    }

    /** Re-reads one VM's devices from its host; false when another operation holds the VM or it is not running. */
    public boolean refresh(UUID vmId) {
        try {
            return Boolean.TRUE.equals(tx.execute(s -> refreshInTransaction(vmId)));
        } catch (RuntimeException e) {
            log.warn("Could not refresh the devices of VM {}: {}", vmId, e.getMessage());
            return false;
        }
    }

    private boolean refreshInTransaction(UUID vmId) {
        // locked first, so the VM read is not from before an operation that just committed (a migration's start)
        if (!vmDao.tryLock(vmId)) {
            return false;
        }
        Vm vm = vmDao.get(vmId);
        if (vm == null || vm.getRunOnHostId() == null || vm.getStatus() == VmStatus.MIGRATING) {
            return false;
        }
        Host host = hostDao.get(vm.getRunOnHostId());
        Map<UUID, Boolean> before = pluggedByDevice(vmId);
        DeviceMatchReport report = sync.sync(vm, host, false);
        for (VmDevice device : vmDeviceDao.getAllForVm(vmId)) {
            VmNic nic = vmNicDao.get(device.getVmNicId());
            Boolean was = before.get(device.getId());
            if (nic.isPlugged() && was != null && was != device.isPlugged()) {
                AuditLogType type = device.isPlugged() ? AuditLogType.VM_INTERFACE_DEVICE_BACK
                        : AuditLogType.VM_INTERFACE_DEVICE_MISSING;
                auditLog.log(type, context(vm, host).put("DeviceAlias", device.getAlias())
                        .put("InterfaceName", nic.getName()), EngineUser.SYSTEM);
            }
        }
        for (UnmanagedInterface unmanaged : report.unmanaged()) {
            String alias = unmanaged.device().aliasName();
            String mac = unmanaged.device().macAddress();
            if (reportedUnmanaged.add(vmId + "/" + alias + "/" + mac)) {
                auditLog.log(AuditLogType.VM_UNMANAGED_INTERFACE, context(vm, host).put("DeviceAlias",
                        String.valueOf(alias)).put("MacAddress", String.valueOf(mac)), EngineUser.SYSTEM);
            }
        }
        return true;
    }

    private Map<UUID, Boolean> pluggedByDevice(UUID vmId) {
        Map<UUID, Boolean> plugged = new ConcurrentHashMap<>();
        vmDeviceDao.getAllForVm(vmId).forEach(d -> plugged.put(d.getId(), d.isPlugged()));
        return plugged;
    }

    private static AuditContext context(Vm vm, Host host) {
        return new AuditContext().vm(vm.getId(), vm.getName()).host(host.getId(), host.getName());
    }

    /** Reacts to a host's device events by refreshing the VM concerned. */
    private void subscribe(Host host) {
        subscriptions.computeIfAbsent(host.getAddress(), address -> drivers.driver(address).subscribe(event -> {
            if (event instanceof HostEvent.DeviceRemoved || event instanceof HostEvent.DeviceAdded) {
                reactions.execute(() -> refreshByName(host.getId(), event.vmName()));
            }
        }));
    }

    private void refreshByName(UUID hostId, String vmName) {
        Vm vm = tx.execute(s -> vmDao.getAllRunningOnHost(hostId).stream()
                .filter(v -> v.getName().equals(vmName)).findFirst().orElse(null));
        if (vm != null) {
            refresh(vm.getId());
        }
    }
}
