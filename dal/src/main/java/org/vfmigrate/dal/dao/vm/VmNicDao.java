package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.GenericDao;

/** VM network interfaces, and the "who uses this" questions the profile and network rules ask. */
public interface VmNicDao extends GenericDao<VmNic> {

    List<VmNic> getAllForVm(UUID vmId);

    /** The NICs of every VM the database records on the host, by VM and then name: one query for all of them. */
    List<VmNic> getAllForVmsRunningOnHost(UUID hostId);

    /** Names of the VMs with a NIC on the profile, sorted, each once. */
    List<String> getVmNamesUsingVnicProfile(UUID vnicProfileId);

    /** Names of the VMs with a NIC on any profile of the network, sorted, each once. */
    List<String> getVmNamesUsingNetwork(UUID networkId);

    /** Names of the cluster's VMs that have a NIC whose profile has a failover profile. */
    List<String> getVmNamesWithFailoverNicsInCluster(UUID clusterId);
}
