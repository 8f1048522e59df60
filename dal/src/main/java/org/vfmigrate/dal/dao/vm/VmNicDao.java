package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.vm.VmNic;

/** VM network interfaces, and the "who uses this" questions the profile and network rules ask. */
public interface VmNicDao {

    VmNic get(UUID id);

    void save(VmNic nic);

    VmNic update(VmNic nic);

    void remove(UUID id);

    List<VmNic> getAllForVm(UUID vmId);

    /** Names of the VMs with a NIC on the profile, sorted, each once. */
    List<String> getVmNamesUsingVnicProfile(UUID vnicProfileId);

    /** Names of the VMs with a NIC on any profile of the network, sorted, each once. */
    List<String> getVmNamesUsingNetwork(UUID networkId);

    /** Names of the cluster's VMs that have a NIC whose profile has a failover profile. */
    List<String> getVmNamesWithFailoverNicsInCluster(UUID clusterId);
}
