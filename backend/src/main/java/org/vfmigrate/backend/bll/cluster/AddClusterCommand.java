package org.vfmigrate.backend.bll.cluster;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.CompatibilityVersionValidator;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddClusterParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/** Adds a cluster to a data center, at a level no lower than the data center's. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_CLUSTER)
public class AddClusterCommand extends CommandBase<AddClusterParameters> {

    private final ClusterDao clusterDao;
    private final DataCenterDao dataCenterDao;
    private final VmNicDao vmNicDao;

    public AddClusterCommand(ClusterDao clusterDao, DataCenterDao dataCenterDao, VmNicDao vmNicDao) {
        this.clusterDao = clusterDao;
        this.dataCenterDao = dataCenterDao;
        this.vmNicDao = vmNicDao;
    }

    @Override
    protected ValidationResult validate() {
        Cluster cluster = getParameters().cluster();
        if (cluster.getId() == null) {
            cluster.setId(UUID.randomUUID());
        }
        audit().cluster(cluster.getId(), cluster.getName());
        DataCenter dc = cluster.getDataCenterId() == null ? null : dataCenterDao.get(cluster.getDataCenterId());
        ClusterValidator validator = new ClusterValidator(cluster, clusterDao, vmNicDao);
        return firstFailure(
                () -> EntityNameValidator.validName(cluster.getName(), 40),
                () -> EntityNameValidator.validDescription(cluster.getDescription()),
                () -> validator.dataCenterExists(dc),
                () -> CompatibilityVersionValidator.supported(cluster.getCompatibilityVersion()),
                validator::nameNotUsed,
                () -> validator.versionNotBelowDataCenter(dc));
    }

    @Override
    protected Object execute() {
        clusterDao.save(getParameters().cluster());
        return getParameters().cluster().getId();
    }
}
