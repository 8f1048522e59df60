package org.vfmigrate.dal.dao;

import java.util.List;
import java.util.UUID;

/** Reads and writes of one aggregate, addressed by id. */
public interface GenericDao<T> {

    /** The entity, or {@code null} when there is none with that id. */
    T get(UUID id);

    /** All of them, ordered by name. */
    List<T> getAll();

    void save(T entity);

    /** Writes the changed entity; fails with an optimistic lock error if it was changed meanwhile. */
    T update(T entity);

    void remove(UUID id);
}
