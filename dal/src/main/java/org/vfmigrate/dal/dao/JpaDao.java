package org.vfmigrate.dal.dao;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * The part of every DAO that Hibernate does the same way for all aggregates: get, list by name, persist, merge,
 * remove. Each concrete DAO adds its own look-ups in JPQL or, for views, SQL.
 */
public abstract class JpaDao<T> implements GenericDao<T> {

    @PersistenceContext
    protected EntityManager em;

    private final Class<T> type;

    protected JpaDao(Class<T> type) {
        this.type = type;
    }

    @Override
    public T get(UUID id) {
        return id == null ? null : em.find(type, id);
    }

    @Override
    public List<T> getAll() {
        return em.createQuery("from " + type.getSimpleName() + " e order by e.name, e.id", type).getResultList();
    }

    @Override
    public void save(T entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public T update(T entity) {
        T merged = em.merge(entity);
        em.flush();
        return merged;
    }

    @Override
    public void remove(UUID id) {
        T entity = get(id);
        if (entity != null) {
            em.remove(entity);
            em.flush();
        }
    }

    /** The first result of a query, or {@code null}. */
    protected static <R> R firstOrNull(List<R> results) {
        return results.isEmpty() ? null : results.get(0);
    }
}
