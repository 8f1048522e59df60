package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.vm.VmDevice;

/** The devices a running VM's NICs have on its host. */
public interface VmDeviceDao {

    List<VmDevice> getAllForVm(UUID vmId);

    List<VmDevice> getAllForNic(UUID nicId);

    void save(VmDevice device);

    void removeAllForVm(UUID vmId);

    void removeAllForNic(UUID nicId);
}
