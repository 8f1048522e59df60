package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.dao.JpaDao;

/** Hibernate implementation of {@link VmDao}. */
@Repository
public class VmDaoImpl extends JpaDao<Vm> implements VmDao {

    /** First key of the two-key advisory locks that guard VMs. */
    private static final int LOCK_SPACE = 0x76666d31;

    public VmDaoImpl() {
        super(Vm.class);
    }

    @Override
    public List<Vm> getAllRunningOnHost(UUID hostId) {
        return em.createQuery("from Vm v where v.runOnHostId = :h order by v.name", Vm.class)
                .setParameter("h", hostId).getResultList();
    }

    @Override
    public Vm getByName(String name) {
        return firstOrNull(em.createQuery("from Vm v where v.name = :n", Vm.class).setParameter("n", name)
                .getResultList());
    }

    @Override
    public boolean tryLock(UUID vmId) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:space, hashtext(:id))")
                .setParameter("space", LOCK_SPACE).setParameter("id", vmId.toString()).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    @Override
    public List<Vm> getAllForCluster(UUID clusterId) {
        return em.createQuery("from Vm v where v.clusterId = :c order by v.name", Vm.class)
                .setParameter("c", clusterId).getResultList();
    }
}
