package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.dao.GenericDao;

/** Virtual machines. */
public interface VmDao extends GenericDao<Vm> {

    List<Vm> getAllForCluster(UUID clusterId);
}
