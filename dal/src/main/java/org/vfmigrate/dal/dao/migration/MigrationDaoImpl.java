package org.vfmigrate.dal.dao.migration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;

/** Hibernate implementation of {@link MigrationDao}. */
@Repository
public class MigrationDaoImpl implements MigrationDao {

    private static final List<MigrationPhase> FINISHED = List.of(MigrationPhase.DONE, MigrationPhase.UNDONE);

    @PersistenceContext
    private EntityManager em;

    @Override
    public Migration get(UUID id) {
        return em.find(Migration.class, id);
    }

    @Override
    public void save(Migration migration) {
        em.persist(migration);
        em.flush();
    }

    @Override
    public Migration update(Migration migration) {
        Migration merged = em.merge(migration);
        em.flush();
        return merged;
    }

    @Override
    public Optional<Migration> getActiveForVm(UUID vmId) {
        return em.createQuery("from Migration m where m.vmId = :vm and m.phase not in :done", Migration.class)
                .setParameter("vm", vmId).setParameter("done", FINISHED).getResultStream().findFirst();
    }

    @Override
    public Optional<Migration> getLatestForVm(UUID vmId) {
        return em.createQuery("from Migration m where m.vmId = :vm order by m.startedAt desc", Migration.class)
                .setParameter("vm", vmId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Migration> getAllForVm(UUID vmId) {
        return em.createQuery("from Migration m where m.vmId = :vm order by m.startedAt desc", Migration.class)
                .setParameter("vm", vmId).getResultList();
    }

    @Override
    public List<Migration> getUnfinished() {
        return em.createQuery("from Migration m where m.phase not in :done order by m.startedAt", Migration.class)
                .setParameter("done", FINISHED).getResultList();
    }

    @Override
    public int countActiveFromHost(UUID hostId) {
        return em.createQuery("select count(m) from Migration m where m.sourceHostId = :h and m.phase not in :done",
                Long.class).setParameter("h", hostId).setParameter("done", FINISHED).getSingleResult().intValue();
    }
}
