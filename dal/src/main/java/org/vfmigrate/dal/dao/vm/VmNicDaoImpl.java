package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.JpaDao;

/** Hibernate implementation of {@link VmNicDao}. */
@Repository
public class VmNicDaoImpl extends JpaDao<VmNic> implements VmNicDao {

    public VmNicDaoImpl() {
        super(VmNic.class);
    }

    @Override
    public List<VmNic> getAllForVm(UUID vmId) {
        return em.createQuery("from VmNic n where n.vmId = :vm order by n.name", VmNic.class)
                .setParameter("vm", vmId).getResultList();
    }

    @Override
    public List<VmNic> getAllForVmsRunningOnHost(UUID hostId) {
        return em.createQuery("from VmNic n where n.vmId in (select v.id from Vm v where v.runOnHostId = :h) "
                + "order by n.vmId, n.name", VmNic.class).setParameter("h", hostId).getResultList();
    }

    @Override
    public List<String> getVmNamesUsingVnicProfile(UUID vnicProfileId) {
        return em.createQuery("select distinct v.name from Vm v, VmNic n where n.vmId = v.id "
                        + "and n.vnicProfileId = :p order by v.name", String.class)
                .setParameter("p", vnicProfileId).getResultList();
    }

    @Override
    public List<String> getVmNamesUsingNetwork(UUID networkId) {
        return em.createQuery("select distinct v.name from Vm v, VmNic n, VnicProfile p where n.vmId = v.id "
                        + "and n.vnicProfileId = p.id and p.networkId = :net order by v.name", String.class)
                .setParameter("net", networkId).getResultList();
    }

    @Override
    public List<String> getVmNamesWithFailoverNicsInCluster(UUID clusterId) {
        return em.createQuery("select distinct v.name from Vm v, VmNic n, VnicProfile p where n.vmId = v.id "
                        + "and n.vnicProfileId = p.id and p.failoverVnicProfileId is not null "
                        + "and v.clusterId = :c order by v.name", String.class)
                .setParameter("c", clusterId).getResultList();
    }
}
