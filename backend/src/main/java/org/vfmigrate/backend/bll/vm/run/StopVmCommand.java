package org.vfmigrate.backend.bll.vm.run;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.vm.RunningVmCommandBase;
import org.vfmigrate.backend.bll.vm.RunningVmSupport;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.vdsbroker.host.HostOperationException;

/**
 * Powers a running VM off: destroys and undefines its domain on the host, gives its VFs back and forgets its
 * devices. A domain the host no longer knows counts as already stopped.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.STOP_VM)
public class StopVmCommand extends RunningVmCommandBase<VmIdParameters> {

    private final HostDrivers drivers;
    private final HostDeviceDao hostDeviceDao;
    private final VmDeviceDao vmDeviceDao;

    public StopVmCommand(RunningVmSupport support, HostDrivers drivers, HostDeviceDao hostDeviceDao,
            VmDeviceDao vmDeviceDao) {
        super(support);
        this.drivers = drivers;
        this.hostDeviceDao = hostDeviceDao;
        this.vmDeviceDao = vmDeviceDao;
    }

    @Override
    protected ValidationResult validate() {
        return lockRunningVm(getParameters().vmId());
    }

    @Override
    protected Object execute() {
        var driver = drivers.driver(host.getAddress());
        try {
            driver.destroy(vm.getName());
        } catch (HostOperationException e) {
            if (e.reason() != HostOperationException.Reason.NOT_FOUND) {
                throw e;
            }
        }
        try {
            driver.undefine(vm.getName());
        } catch (HostOperationException e) {
            if (e.reason() != HostOperationException.Reason.NOT_FOUND) {
                throw e;
            }
        }
        markDown(vm);
        return vm.getId();
    }

    private void markDown(Vm stopped) {
        hostDeviceDao.releaseAllForVm(stopped.getId());
        vmDeviceDao.removeAllForVm(stopped.getId());
        stopped.setStatus(VmStatus.DOWN);
        stopped.setRunOnHostId(null);
        support.vmDao().update(stopped);
    }

    @Override
    protected void recordTruthAfterFailure() {
        if (!support.relockAfterFailure(vm.getId())) {
            return; // another operation holds the VM now and records its own outcome
        }
        Vm fresh = support.vmDao().get(vm.getId());
        try {
            if (!drivers.driver(host.getAddress()).runningDomains().contains(vm.getName())) {
                markDown(fresh);
            }
        } catch (RuntimeException e) {
            // host unreachable: the VM stays recorded as running until monitoring learns more
        }
    }
}
