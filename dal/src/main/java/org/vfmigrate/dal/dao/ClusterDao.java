package org.vfmigrate.dal.dao;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.Cluster;

/** Clusters. */
public interface ClusterDao extends GenericDao<Cluster> {

    Cluster getByName(String name);

    List<Cluster> getAllForDataCenter(UUID dataCenterId);
}
