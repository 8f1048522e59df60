package org.vfmigrate.backend.bll.host;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_NOT_EXIST;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateHostParameters;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;

/** Renames a host or changes its migration limit; its address and cluster change only in maintenance. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_HOST)
public class UpdateHostCommand extends CommandBase<UpdateHostParameters> {

    private final HostDao hostDao;
    private final HostDrivers drivers;

    public UpdateHostCommand(HostDao hostDao, HostDrivers drivers) {
        this.hostDao = hostDao;
        this.drivers = drivers;
    }

    @Override
    protected ValidationResult validate() {
        Host host = getParameters().host();
        Host stored = host.getId() == null ? null : hostDao.get(host.getId());
        if (stored == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_NOT_EXIST);
        }
        audit().host(host.getId(), host.getName());
        boolean moved = !stored.getAddress().equals(host.getAddress()) || !stored.getClusterId().equals(host.getClusterId());
        HostValidator validator = new HostValidator(host, hostDao);
        return firstFailure(
                () -> EntityNameValidator.validName(host.getName(), 255),
                validator::nameNotUsed,
                () -> validator.addressUsable(drivers),
                () -> validator.addressWellFormed(drivers),
                validator::addressNotUsed,
                validator::parallelMigrationsInRange,
                () -> moved ? new HostValidator(stored, hostDao).statusIsOneOf(HostStatus.MAINTENANCE)
                        : ValidationResult.VALID);
    }

    @Override
    protected Object execute() {
        return hostDao.update(getParameters().host()).getId();
    }
}
