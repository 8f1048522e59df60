package org.vfmigrate.backend.bll.datacenter;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_VERSION_HIGHER_THAN_CLUSTERS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.CompatibilityVersionValidator;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateDataCenterParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.DataCenterDao;

/** Renames or re-describes a data center, or raises its level up to that of its lowest cluster. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_DATA_CENTER)
public class UpdateDataCenterCommand extends CommandBase<UpdateDataCenterParameters> {

    private final DataCenterDao dataCenterDao;
    private final ClusterDao clusterDao;

    public UpdateDataCenterCommand(DataCenterDao dataCenterDao, ClusterDao clusterDao) {
        this.dataCenterDao = dataCenterDao;
        this.clusterDao = clusterDao;
    }

    @Override
    protected ValidationResult validate() {
        DataCenter dc = getParameters().dataCenter();
        if (dc.getId() == null || dataCenterDao.get(dc.getId()) == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST);
        }
        audit().dataCenter(dc.getId(), dc.getName());
        Optional<Version> lowestCluster = clusterDao.getAllForDataCenter(dc.getId()).stream()
                .map(Cluster::getCompatibilityVersion).min(Comparator.naturalOrder());
        DataCenter sameName = dataCenterDao.getByName(dc.getName());
        return firstFailure(
                () -> EntityNameValidator.validName(dc.getName(), 40),
                () -> EntityNameValidator.validDescription(dc.getDescription()),
                () -> CompatibilityVersionValidator.supported(dc.getCompatibilityVersion()),
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                        .when(sameName != null && !sameName.getId().equals(dc.getId())),
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_DATA_CENTER_VERSION_HIGHER_THAN_CLUSTERS,
                                "ClusterVersion", lowestCluster.map(Version::toString).orElse(""))
                        .when(lowestCluster.isPresent()
                                && lowestCluster.get().lessThan(dc.getCompatibilityVersion())));
    }

    @Override
    protected Object execute() {
        return dataCenterDao.update(getParameters().dataCenter()).getId();
    }
}
