package org.vfmigrate.backend.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.vm.MacAddress;
import org.vfmigrate.vdsbroker.vm.NetworkDescription;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;

/**
 * Maps a VM and its NICs from the database to the host side's description: profiles with their networks and
 * failover profiles, MACs, and the VFs the NICs hold on a given host. A NIC without a profile has no network
 * to attach to and is left out.
 */
@Component
public class VmDescriptionFactory {

    private final VmNicDao vmNicDao;
    private final VnicProfileDao vnicProfileDao;
    private final NetworkDao networkDao;
    private final HostDeviceDao hostDeviceDao;

    public VmDescriptionFactory(VmNicDao vmNicDao, VnicProfileDao vnicProfileDao, NetworkDao networkDao,
            HostDeviceDao hostDeviceDao) {
        this.vmNicDao = vmNicDao;
        this.vnicProfileDao = vnicProfileDao;
        this.networkDao = networkDao;
        this.hostDeviceDao = hostDeviceDao;
    }

    /** The VM with the VFs its NICs hold on {@code hostId}. */
    public VmDescription describe(Vm vm, UUID hostId) {
        List<VmNicDescription> nics = new ArrayList<>();
        for (VmNic nic : vmNicDao.getAllForVm(vm.getId())) {
            if (nic.getVnicProfileId() != null) {
                nics.add(describe(nic, hostId));
            }
        }
        return new VmDescription(vm.getId(), vm.getName(), vm.getMemoryMib(), vm.getVcpus(), nics);
    }

    /**
     * Every VM the database records on {@code hostId}, by VM id, each with the VFs its NICs hold there: the NICs
     * and the held VFs of all of them are read in one query each, whatever their number (engine start-up).
     */
    public Map<UUID, VmDescription> describeAllOnHost(List<Vm> vms, UUID hostId) {
        Map<UUID, List<VmNic>> nicsByVm = vmNicDao.getAllForVmsRunningOnHost(hostId).stream()
                .collect(Collectors.groupingBy(VmNic::getVmId));
        Map<UUID, HostDevice> vfByNic = hostDeviceDao.getAllHeldOnHost(hostId).stream()
                .collect(Collectors.toMap(HostDevice::getVmNicId, d -> d));
        Map<UUID, VmDescription> described = new HashMap<>();
        for (Vm vm : vms) {
            List<VmNicDescription> nics = new ArrayList<>();
            for (VmNic nic : nicsByVm.getOrDefault(vm.getId(), List.of())) {
                if (nic.getVnicProfileId() != null) {
                    nics.add(describe(nic, Optional.ofNullable(vfByNic.get(nic.getId()))));
                }
            }
            described.put(vm.getId(), new VmDescription(vm.getId(), vm.getName(), vm.getMemoryMib(), vm.getVcpus(), nics));
        }
        return described;
    }

    /** One NIC with the VF it holds on {@code hostId}, if any. */
    public VmNicDescription describe(VmNic nic, UUID hostId) {
        return describe(nic, hostDeviceDao.getHeldBy(nic.getId(), hostId));
    }

    private VmNicDescription describe(VmNic nic, Optional<HostDevice> heldVf) {
        PciAddress vf = heldVf.map(d -> PciAddress.parse(d.getPciAddress())).orElse(null);
        return new VmNicDescription(nic.getId(), nic.getName(), MacAddress.of(nic.getMacAddress()),
                profile(nic.getVnicProfileId()), vf, nic.isPlugged(), nic.isLinked(), null);
    }

    public VnicProfileDescription profile(UUID profileId) {
        VnicProfile p = vnicProfileDao.get(profileId);
        VnicProfileDescription failover = p.getFailoverVnicProfileId() == null ? null
                : profile(p.getFailoverVnicProfileId());
        return new VnicProfileDescription(p.getId(), p.getName(), network(p.getNetworkId()), p.isPassthrough(),
                p.isMigratable(), failover);
    }

    private NetworkDescription network(UUID networkId) {
        Network n = networkDao.get(networkId);
        return new NetworkDescription(n.getId(), n.getName(), n.getBridgeName(), n.getVlanId(),
                n.getMtu() == 0 ? null : n.getMtu());
    }
}
