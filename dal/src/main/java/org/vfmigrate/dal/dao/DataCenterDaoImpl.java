package org.vfmigrate.dal.dao;

import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.DataCenter;

/** Hibernate implementation of {@link DataCenterDao}. */
@Repository
public class DataCenterDaoImpl extends JpaDao<DataCenter> implements DataCenterDao {

    public DataCenterDaoImpl() {
        super(DataCenter.class);
    }

    @Override
    public DataCenter getByName(String name) {
        return firstOrNull(em.createQuery("from DataCenter d where d.name = :name", DataCenter.class)
                .setParameter("name", name).getResultList());
    }
}
