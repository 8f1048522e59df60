package org.vfmigrate.backend.bll.host;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * Puts a host into maintenance: at once when it runs no VMs; otherwise it becomes "preparing for maintenance"
 * and the evacuation job migrates its VMs away within the parallel-migration limits, then finishes the move.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.DEACTIVATE_HOST)
public class DeactivateHostCommand extends HostByIdCommandBase {

    private final VmDao vmDao;

    public DeactivateHostCommand(HostDao hostDao, VmDao vmDao) {
        super(hostDao);
        this.vmDao = vmDao;
    }

    @Override
    protected ValidationResult validate() {
        ValidationResult exists = hostExists();
        if (!exists.isValid()) {
            return exists;
        }
        return new HostValidator(host, hostDao).statusIsOneOf(HostStatus.UP, HostStatus.NON_RESPONSIVE);
    }

    @Override
    protected Object execute() {
        host.setStatus(vmDao.getAllRunningOnHost(host.getId()).isEmpty() ? HostStatus.MAINTENANCE
                : HostStatus.PREPARING_FOR_MAINTENANCE);
        hostDao.update(host);
        return host.getId();
    }
}
