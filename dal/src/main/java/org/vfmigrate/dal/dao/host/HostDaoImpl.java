package org.vfmigrate.dal.dao.host;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.dal.dao.JpaDao;

/** Hibernate implementation of {@link HostDao}. */
@Repository
public class HostDaoImpl extends JpaDao<Host> implements HostDao {

    /** First key of the advisory locks that guard a host's migration slots. */
    private static final int MIGRATION_SLOTS = 0x76666d32;

    public HostDaoImpl() {
        super(Host.class);
    }

    @Override
    public Host getByName(String name) {
        return firstOrNull(em.createQuery("from Host h where h.name = :n", Host.class)
                .setParameter("n", name).getResultList());
    }

    @Override
    public Host getByAddress(String address) {
        return firstOrNull(em.createQuery("from Host h where h.address = :a", Host.class)
                .setParameter("a", address).getResultList());
    }

    @Override
    public void lockMigrationSlots(UUID hostId) {
        em.createNativeQuery("select pg_advisory_xact_lock(:space, hashtext(:id))")
                .setParameter("space", MIGRATION_SLOTS).setParameter("id", hostId.toString()).getSingleResult();
    }

    @Override
    public List<Host> getAllForCluster(UUID clusterId) {
        return em.createQuery("from Host h where h.clusterId = :c order by h.name", Host.class)
                .setParameter("c", clusterId).getResultList();
    }
}
