package org.vfmigrate.dal.dao.network;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.dal.dao.JpaDao;

/** Hibernate implementation of {@link NetworkDao}. */
@Repository
public class NetworkDaoImpl extends JpaDao<Network> implements NetworkDao {

    public NetworkDaoImpl() {
        super(Network.class);
    }

    @Override
    public List<Network> getAllForDataCenter(UUID dataCenterId) {
        return em.createQuery("from Network n where n.dataCenterId = :dc order by n.name", Network.class)
                .setParameter("dc", dataCenterId).getResultList();
    }

    @Override
    public Network getByNameInDataCenter(String name, UUID dataCenterId) {
        return firstOrNull(em.createQuery("from Network n where n.dataCenterId = :dc and n.name = :name",
                Network.class).setParameter("dc", dataCenterId).setParameter("name", name).getResultList());
    }
}
