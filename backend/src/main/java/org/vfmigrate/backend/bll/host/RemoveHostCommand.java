package org.vfmigrate.backend.bll.host;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_NOT_EXIST;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/** Removes a host in maintenance (or unreachable) that runs no VMs, with its devices, and closes its driver. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_HOST)
public class RemoveHostCommand extends CommandBase<HostIdParameters> {

    private final HostDao hostDao;
    private final VmDao vmDao;
    private final HostDrivers drivers;
    private Host host;

    public RemoveHostCommand(HostDao hostDao, VmDao vmDao, HostDrivers drivers) {
        this.hostDao = hostDao;
        this.vmDao = vmDao;
        this.drivers = drivers;
    }

    @Override
    protected ValidationResult validate() {
        host = hostDao.get(getParameters().hostId());
        if (host == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_NOT_EXIST);
        }
        audit().host(host.getId(), host.getName());
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
