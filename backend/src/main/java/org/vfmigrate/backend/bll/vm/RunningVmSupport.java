package org.vfmigrate.backend.bll.vm;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.monitoring.VmDeviceStateSync;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.matching.DeviceMatchReport;

/**
 * The collaborators every command on a running VM needs, in one place so that those commands keep a handful
 * of constructor arguments: the VM, NIC, cluster and host DAOs and the device state sync.
 */
@Component
public class RunningVmSupport {

    private static final Logger log = LoggerFactory.getLogger(RunningVmSupport.class);

    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final ClusterDao clusterDao;
    private final HostDao hostDao;
    private final VmDeviceStateSync deviceSync;

    public RunningVmSupport(VmDao vmDao, VmNicDao vmNicDao, ClusterDao clusterDao, HostDao hostDao,
            VmDeviceStateSync deviceSync) {
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.clusterDao = clusterDao;
        this.hostDao = hostDao;
        this.deviceSync = deviceSync;
    }

    public VmDao vmDao() {
        return vmDao;
    }

    public VmNicDao vmNicDao() {
        return vmNicDao;
    }

    public ClusterDao clusterDao() {
        return clusterDao;
    }

    public HostDao hostDao() {
        return hostDao;
    }

    public VmDeviceStateSync deviceSync() {
        return deviceSync;
    }

    /**
     * Whether a command that failed may now write what the host shows about the VM: the failed command's lock went
     * with its transaction, so the VM is locked again, and left alone when another operation holds it meanwhile
     * (or migrates it) — that operation records its own outcome, and monitoring catches up later. Call it first in
     * the transaction, before the VM is read.
     */
    public boolean relockAfterFailure(UUID vmId) {
        if (!vmDao.tryLock(vmId)) {
            return false;
        }
        Vm vm = vmDao.get(vmId);
        return vm != null && vm.getStatus() != VmStatus.MIGRATING;
    }

    /**
     * After a failed operation: records what the VM's host really shows for the NIC (plugged state, VF held)
     * and says it in words for the audit entry; nothing when another operation holds the VM meanwhile.
     */
    public String recordHostTruth(UUID vmId, UUID nicId) {
        if (!relockAfterFailure(vmId)) {
            return "unknown (another operation holds the VM)";
        }
        Vm vm = vmDao.get(vmId);
        Host host = vm == null || vm.getRunOnHostId() == null ? null : hostDao.get(vm.getRunOnHostId());
        if (host == null) {
            return "unknown";
        }
        try {
            DeviceMatchReport report = deviceSync.sync(vm, host, true);
            VmNic nic = vmNicDao.get(nicId);
            boolean primary = report.primaryOf(nicId).isPresent();
            boolean twin = report.twinOf(nicId).isPresent();
            if (primary && twin || !primary && !twin) {
                return primary ? "plugged" : "unplugged";
            }
            return primary ? "plugged without its failover twin" : "unplugged, but its failover twin is still plugged";
        } catch (RuntimeException e) {
            log.warn("Could not read the state of VM {} on host {} after a failure: {}", vm.getName(), host.getName(),
                    e.getMessage());
            return "unknown (host " + host.getName() + " did not answer)";
        }
    }
}
