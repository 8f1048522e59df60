package org.vfmigrate.dal.dao;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.Cluster;

/** Hibernate implementation of {@link ClusterDao}. */
@Repository
public class ClusterDaoImpl extends JpaDao<Cluster> implements ClusterDao {

    public ClusterDaoImpl() {
        super(Cluster.class);
    }

    @Override
    public Cluster getByName(String name) {
        return firstOrNull(em.createQuery("from Cluster c where c.name = :name", Cluster.class)
                .setParameter("name", name).getResultList());
    }

    @Override
    public List<Cluster> getAllForDataCenter(UUID dataCenterId) {
        return em.createQuery("from Cluster c where c.dataCenterId = :dc order by c.name", Cluster.class)
                .setParameter("dc", dataCenterId).getResultList();
    }
}
