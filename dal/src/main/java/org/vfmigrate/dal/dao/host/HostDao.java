package org.vfmigrate.dal.dao.host;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.dal.dao.GenericDao;

/** Hosts. */
public interface HostDao extends GenericDao<Host> {

    Host getByName(String name);

    Host getByAddress(String address);

    List<Host> getAllForCluster(UUID clusterId);

    /**
     * Serializes starting migrations from one host until the current transaction ends (a PostgreSQL advisory
     * lock, so across engine processes too), making "count the running ones, then start one" atomic.
     */
    void lockMigrationSlots(UUID hostId);
}
