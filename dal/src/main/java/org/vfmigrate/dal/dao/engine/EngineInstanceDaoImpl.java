package org.vfmigrate.dal.dao.engine;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** Native PostgreSQL implementation of {@link EngineInstanceDao}: times come from the database clock. */
@Repository
public class EngineInstanceDaoImpl implements EngineInstanceDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void heartbeat(UUID engineId, String name) {
        em.createNativeQuery("""
                INSERT INTO engine_instances (id, name, started_at, heartbeat_at) VALUES (:id, :name, now(), now())
                ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), name = excluded.name""")
                .setParameter("id", engineId).setParameter("name", name).executeUpdate();
    }

    @Override
    public boolean isAlive(UUID engineId, Duration lease) {
        return !em.createNativeQuery("""
                SELECT 1 FROM engine_instances
                WHERE id = :id AND heartbeat_at > now() - make_interval(secs => :lease)""")
                .setParameter("id", engineId).setParameter("lease", lease.toMillis() / 1000.0)
                .getResultList().isEmpty();
    }
}
