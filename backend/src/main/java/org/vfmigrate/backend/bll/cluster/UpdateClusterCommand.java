package org.vfmigrate.backend.bll.cluster;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.CompatibilityVersionValidator;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateClusterParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Updates a cluster. Its data center is fixed; its level stays at or above the data center's, and at 4.6 or
 * above while any of its VMs has a failover NIC (SPEC rule 11 on the cluster-change path).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_CLUSTER)
public class UpdateClusterCommand extends CommandBase<UpdateClusterParameters> {

    private final ClusterDao clusterDao;
    private final DataCenterDao dataCenterDao;
    private final VmNicDao vmNicDao;

    public UpdateClusterCommand(ClusterDao clusterDao, DataCenterDao dataCenterDao, VmNicDao vmNicDao) {
        this.clusterDao = clusterDao;
        this.dataCenterDao = dataCenterDao;
        this.vmNicDao = vmNicDao;
    }

    @Override
    protected ValidationResult validate() {
        Cluster cluster = getParameters().cluster();
        Cluster stored = cluster.getId() == null ? null : clusterDao.get(cluster.getId());
        if (stored == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST);
        }
        audit().cluster(cluster.getId(), cluster.getName());
        DataCenter dc = dataCenterDao.get(stored.getDataCenterId());
        ClusterValidator validator = new ClusterValidator(cluster, clusterDao, vmNicDao);
        return firstFailure(
                () -> EntityNameValidator.validName(cluster.getName(), 40),
                () -> EntityNameValidator.validDescription(cluster.getDescription()),
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER)
                        .unless(stored.getDataCenterId().equals(cluster.getDataCenterId())),
                () -> CompatibilityVersionValidator.supported(cluster.getCompatibilityVersion()),
                validator::nameNotUsed,
                () -> validator.versionNotBelowDataCenter(dc),
                validator::failoverNicsKeepLevel);
    }

    @Override
    protected Object execute() {
        return clusterDao.update(getParameters().cluster()).getId();
    }
}
