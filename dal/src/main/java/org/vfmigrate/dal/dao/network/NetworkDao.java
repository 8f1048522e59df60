package org.vfmigrate.dal.dao.network;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.dal.dao.GenericDao;

/** Logical networks. */
public interface NetworkDao extends GenericDao<Network> {

    List<Network> getAllForDataCenter(UUID dataCenterId);

    Network getByNameInDataCenter(String name, UUID dataCenterId);
}
