package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.RemoveVmInterfaceParameters;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Removes a NIC from a VM, with its devices, and gives its MAC address back to the data center's pool. A running
 * VM's NIC must be unplugged first: removing it would leave the guest with a device the engine no longer knows.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_VM_INTERFACE)
public class RemoveVmInterfaceCommand extends CommandBase<RemoveVmInterfaceParameters> {

    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final VmDeviceDao vmDeviceDao;
    private final MacPool macPool;
    private VmNic stored;

    public RemoveVmInterfaceCommand(VmDao vmDao, VmNicDao vmNicDao, VmDeviceDao vmDeviceDao, MacPool macPool) {
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.vmDeviceDao = vmDeviceDao;
        this.macPool = macPool;
    }

    @Override
    protected ValidationResult validate() {
        Vm vm = vmDao.get(getParameters().vmId());
        stored = vmNicDao.get(getParameters().nicId());
        if (vm == null) {
            return VmValidator.vmExists(null);
        }
        audit().vm(vm.getId(), vm.getName());
        if (stored != null) {
            audit().put("InterfaceName", stored.getName()).put("InterfaceType", stored.getType().apiName());
        }
        return firstFailure(
                () -> VmNicValidator.nicExistsInVm(stored, vm),
                new VmValidator(vm, vmDao)::notLockedByAnotherOperation,
                () -> VmNicValidator.notPluggedIntoRunningVm(stored, vm));
    }

    @Override
    protected Object execute() {
        vmDeviceDao.removeAllForNic(stored.getId());
        macPool.release(stored.getId());
        vmNicDao.remove(stored.getId());
        return stored.getId();
    }
}
