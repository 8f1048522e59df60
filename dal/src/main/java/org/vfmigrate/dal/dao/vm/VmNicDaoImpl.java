package org.vfmigrate.dal.dao.vm;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.vm.VmNic;

/** Hibernate implementation of {@link VmNicDao}. */
@Repository
public class VmNicDaoImpl implements VmNicDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public VmNic get(UUID id) {
        return em.find(VmNic.class, id);
    }

    @Override
    public void save(VmNic nic) {
        em.persist(nic);
        em.flush();
    }

    @Override
    public VmNic update(VmNic nic) {
        VmNic merged = em.merge(nic);
        em.flush();
        return merged;
    }

    @Override
    public void remove(UUID id) {
        VmNic nic = get(id);
        if (nic != null) {
            em.remove(nic);
            em.flush();
        }
    }

    @Override
    public List<VmNic> getAllForVm(UUID vmId) {
        return em.createQuery("from VmNic n where n.vmId = :vm order by n.name", VmNic.class)
                .setParameter("vm", vmId).getResultList();
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
