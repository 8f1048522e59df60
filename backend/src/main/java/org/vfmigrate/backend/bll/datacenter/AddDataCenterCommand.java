package org.vfmigrate.backend.bll.datacenter;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;

import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.CompatibilityVersionValidator;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddDataCenterParameters;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.DataCenterDao;

/** Adds a data center with a unique name and a supported compatibility version. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_DATA_CENTER)
public class AddDataCenterCommand extends CommandBase<AddDataCenterParameters> {

    private final DataCenterDao dataCenterDao;

    public AddDataCenterCommand(DataCenterDao dataCenterDao) {
        this.dataCenterDao = dataCenterDao;
    }

    @Override
    protected ValidationResult validate() {
        DataCenter dc = getParameters().dataCenter();
        if (dc.getId() == null) {
            dc.setId(UUID.randomUUID());
        }
        audit().dataCenter(dc.getId(), dc.getName());
        return firstFailure(
                () -> EntityNameValidator.validName(dc.getName(), 40),
                () -> EntityNameValidator.validDescription(dc.getDescription()),
                () -> CompatibilityVersionValidator.supported(dc.getCompatibilityVersion()),
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                        .when(dataCenterDao.getByName(dc.getName()) != null));
    }

    @Override
    protected Object execute() {
        dataCenterDao.save(getParameters().dataCenter());
        return getParameters().dataCenter().getId();
    }
}
