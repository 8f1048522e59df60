package org.vfmigrate.backend.bll.cluster;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_VERSION_LOWER_THAN_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE;

import java.util.List;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/** The rules of a cluster's data center, name and compatibility level. */
class ClusterValidator {

    private final Cluster cluster;
    private final ClusterDao clusterDao;
    private final VmNicDao vmNicDao;

    ClusterValidator(Cluster cluster, ClusterDao clusterDao, VmNicDao vmNicDao) {
        this.cluster = cluster;
        this.clusterDao = clusterDao;
        this.vmNicDao = vmNicDao;
    }

    ValidationResult dataCenterExists(DataCenter dc) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST).when(dc == null);
    }

    ValidationResult nameNotUsed() {
        Cluster sameName = clusterDao.getByName(cluster.getName());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                .when(sameName != null && !sameName.getId().equals(cluster.getId()));
    }

    ValidationResult versionNotBelowDataCenter(DataCenter dc) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_VERSION_LOWER_THAN_DATA_CENTER,
                        "DataCenterVersion", dc.getCompatibilityVersion().toString())
                .when(cluster.getCompatibilityVersion().lessThan(dc.getCompatibilityVersion()));
    }

    /** SPEC rule 11 [beyond], on the cluster-change path: failover NICs keep their cluster at 4.6 or above. */
    ValidationResult failoverNicsKeepLevel() {
        if (!cluster.getCompatibilityVersion().lessThan(Version.V4_6)) {
            return ValidationResult.VALID;
        }
        List<String> vms = vmNicDao.getVmNamesWithFailoverNicsInCluster(cluster.getId());
        return ValidationResult.failWith(
                ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE)
                .unless(vms.isEmpty());
    }
}
