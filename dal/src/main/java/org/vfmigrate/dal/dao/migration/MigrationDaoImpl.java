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

    @Override
    @SuppressWarnings("unchecked")
    public List<Migration> getUnfinishedWithoutLiveEngine(UUID self, java.time.Duration lease) {
        return em.createNativeQuery("""
                SELECT m.* FROM migrations m
                WHERE m.phase NOT IN ('DONE', 'UNDONE')
                  AND (m.engine_id IS NULL OR m.engine_id = :self OR NOT EXISTS (
                      SELECT 1 FROM engine_instances e
                      WHERE e.id = m.engine_id AND e.heartbeat_at > now() - make_interval(secs => :lease)))
                ORDER BY m.started_at""", Migration.class)
                .setParameter("self", self).setParameter("lease", lease.toMillis() / 1000.0).getResultList();
    }

    @Override
    public boolean takeOver(UUID migrationId, UUID previous, UUID self) {
        String owner = previous == null ? "m.engineId is null" : "m.engineId = :previous";
        var update = em.createQuery("update Migration m set m.engineId = :self, m.rowVersion = m.rowVersion + 1 "
                + "where m.id = :id and m.phase not in :done and " + owner)
                .setParameter("self", self).setParameter("id", migrationId).setParameter("done", FINISHED);
        if (previous != null) {
            update.setParameter("previous", previous);
        }
        return update.executeUpdate() == 1;
    }
}
