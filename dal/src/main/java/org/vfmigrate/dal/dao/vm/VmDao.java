package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.dao.GenericDao;

/** Virtual machines. */
public interface VmDao extends GenericDao<Vm> {

    List<Vm> getAllForCluster(UUID clusterId);

    List<Vm> getAllRunningOnHost(UUID hostId);

    Vm getByName(String name);

    /**
     * Takes the VM's exclusive operation lock for the current transaction, without waiting: false when another
     * operation (in this or another engine process) holds it. Released at commit or rollback.
     */
    boolean tryLock(UUID vmId);
}
