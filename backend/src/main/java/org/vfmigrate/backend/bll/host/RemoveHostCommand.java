package org.vfmigrate.backend.bll.host;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/** Removes a host in maintenance (or unreachable) that runs no VMs, with its devices, and closes its driver. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_HOST)
public class RemoveHostCommand extends HostByIdCommandBase {

    private final VmDao vmDao;
    private final HostDrivers drivers;

    public RemoveHostCommand(HostDao hostDao, VmDao vmDao, HostDrivers drivers) {
        super(hostDao);
        this.vmDao = vmDao;
        this.drivers = drivers;
    }

    @Override
    protected ValidationResult validate() {
        ValidationResult exists = hostExists();
        if (!exists.isValid()) {
            return exists;
        }
        HostValidator validator = new HostValidator(host, hostDao);
        return firstFailure(
                () -> validator.statusIsOneOf(HostStatus.MAINTENANCE, HostStatus.NON_RESPONSIVE),
                () -> validator.runsNoVms(vmDao));
    }

    @Override
    protected Object execute() {
        hostDao.remove(host.getId());
        drivers.release(host.getAddress());
        return host.getId();
    }
}
