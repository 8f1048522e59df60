package org.vfmigrate.backend.bll.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.backend.scheduling.SchedulingHost;
import org.vfmigrate.backend.scheduling.SchedulingNic;
import org.vfmigrate.backend.scheduling.SchedulingRequest;
import org.vfmigrate.backend.scheduling.SchedulingVm;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.host.HostNetworkAttachmentDao;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;

/**
 * Takes the snapshot the pure scheduler works on from the database, in a handful of set-based queries: the
 * cluster's hosts with their networks, free VFs per network, running VMs and free memory, and the VM's NICs
 * that will be plugged. A host without a known memory size ({@code 0}) has {@link SchedulingHost#UNKNOWN_MEMORY}:
 * neither limited nor preferred for memory. Memory committed beyond a host's size leaves it none free.
 */
@Component
public class SchedulingRequestLoader {

    private final HostDao hostDao;
    private final HostNetworkAttachmentDao attachmentDao;
    private final HostDeviceDao hostDeviceDao;
    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final ClusterDao clusterDao;
    private final NetworkDao networkDao;
    private final VmDescriptionFactory descriptions;

    public SchedulingRequestLoader(HostDao hostDao, HostNetworkAttachmentDao attachmentDao,
            HostDeviceDao hostDeviceDao, VmDao vmDao, VmNicDao vmNicDao, ClusterDao clusterDao, NetworkDao networkDao,
            VmDescriptionFactory descriptions) {
        this.hostDao = hostDao;
        this.attachmentDao = attachmentDao;
        this.hostDeviceDao = hostDeviceDao;
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.clusterDao = clusterDao;
        this.networkDao = networkDao;
        this.descriptions = descriptions;
    }

    public SchedulingRequest load(Vm vm, UUID destinationHostId) {
        Cluster cluster = clusterDao.get(vm.getClusterId());
        Map<UUID, Set<UUID>> networks = attachmentDao.getNetworkIdsByHostInCluster(cluster.getId());
        Map<UUID, Map<UUID, Integer>> freeVfs = hostDeviceDao.freeVfCountsInCluster(cluster.getId());
        Map<UUID, Integer> runningVms = new HashMap<>();
        Map<UUID, Long> committedMemory = new HashMap<>();
        for (Vm other : vmDao.getAllForCluster(cluster.getId())) {
            if (other.getRunOnHostId() != null && !other.getId().equals(vm.getId())) {
                runningVms.merge(other.getRunOnHostId(), 1, Integer::sum);
                committedMemory.merge(other.getRunOnHostId(), other.getMemoryMib(), Long::sum);
            }
        }
        List<SchedulingHost> hosts = new ArrayList<>();
        for (Host h : hostDao.getAllForCluster(cluster.getId())) {
            long free = h.getMemoryMib() == 0 ? SchedulingHost.UNKNOWN_MEMORY
                    : Math.max(0, h.getMemoryMib() - committedMemory.getOrDefault(h.getId(), 0L));
            hosts.add(new SchedulingHost(h.getId(), h.getName(), h.getStatus(), h.getClusterId(), free,
                    networks.getOrDefault(h.getId(), Set.of()), freeVfs.getOrDefault(h.getId(), Map.of()),
                    runningVms.getOrDefault(h.getId(), 0)));
        }
        Map<UUID, String> names = new HashMap<>();
        networkDao.getAllForDataCenter(cluster.getDataCenterId()).forEach(n -> names.put(n.getId(), n.getName()));
        SchedulingVm schedulingVm = new SchedulingVm(vm.getId(), vm.getName(), vm.getClusterId(), vm.getMemoryMib(),
                vm.getRunOnHostId(), nics(vm));
        return new SchedulingRequest(schedulingVm, hosts, names, destinationHostId);
    }

    private List<SchedulingNic> nics(Vm vm) {
        List<SchedulingNic> nics = new ArrayList<>();
        for (VmNic nic : vmNicDao.getAllForVm(vm.getId())) {
            if (!nic.isPlugged() || nic.getVnicProfileId() == null) {
                continue;
            }
            VnicProfileDescription p = descriptions.profile(nic.getVnicProfileId());
            if (p.failover() != null) {
                nics.add(SchedulingNic.failover(nic.getName(), p.network().id(), p.failover().network().id()));
            } else if (p.passthrough()) {
                nics.add(SchedulingNic.passthrough(nic.getName(), p.network().id()));
            } else {
                nics.add(SchedulingNic.virtio(nic.getName(), p.network().id()));
            }
        }
        return nics;
    }
}
