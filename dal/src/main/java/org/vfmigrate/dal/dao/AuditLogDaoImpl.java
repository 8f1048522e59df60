package org.vfmigrate.dal.dao;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.AuditLog;

/** Hibernate implementation of {@link AuditLogDao}. */
@Repository
public class AuditLogDaoImpl implements AuditLogDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void save(AuditLog entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditLog> getLatest(int max) {
        return em.createQuery("from AuditLog a order by a.id desc", AuditLog.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditLog> getAllAfter(long afterId, int max) {
        return em.createQuery("from AuditLog a where a.id > :after order by a.id", AuditLog.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }
}
