package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.RemoveVmParameters;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Removes a VM that is down, with its devices, its NICs and their MAC addresses (given back to the data
 * center's pool). The schema would cascade all of it; removing it explicitly keeps the session in step.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_VM)
public class RemoveVmCommand extends CommandBase<RemoveVmParameters> {

    private final VmDao vmDao;
    private final VmNicDao vmNicDao;
    private final VmDeviceDao vmDeviceDao;
    private final MacPool macPool;
    private Vm stored;

    public RemoveVmCommand(VmDao vmDao, VmNicDao vmNicDao, VmDeviceDao vmDeviceDao, MacPool macPool) {
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.vmDeviceDao = vmDeviceDao;
        this.macPool = macPool;
    }

    @Override
    protected ValidationResult validate() {
        stored = vmDao.get(getParameters().vmId());
        if (stored == null) {
            return VmValidator.vmExists(null);
        }
        audit().vm(stored.getId(), stored.getName());
        VmValidator validator = new VmValidator(stored, vmDao);
        return firstFailure(
                validator::notLockedByAnotherOperation,
                () -> VmValidator.notRunning(stored));
    }

    @Override
    protected Object execute() {
        vmDeviceDao.removeAllForVm(stored.getId());
        for (VmNic nic : vmNicDao.getAllForVm(stored.getId())) {
            macPool.release(nic.getId());
            vmNicDao.remove(nic.getId());
        }
        vmDao.remove(stored.getId());
        return stored.getId();
    }
}
