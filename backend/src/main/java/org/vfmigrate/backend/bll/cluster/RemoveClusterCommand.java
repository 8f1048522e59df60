package org.vfmigrate.backend.bll.cluster;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_HOSTS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_HAS_VMS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.NameLists;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.RemoveClusterParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Identifiable;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/** Removes a cluster that has no hosts and no VMs (as in oVirt, hosts are checked first). */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_CLUSTER)
public class RemoveClusterCommand extends CommandBase<RemoveClusterParameters> {

    private final ClusterDao clusterDao;
    private final HostDao hostDao;
    private final VmDao vmDao;

    public RemoveClusterCommand(ClusterDao clusterDao, HostDao hostDao, VmDao vmDao) {
        this.clusterDao = clusterDao;
        this.hostDao = hostDao;
        this.vmDao = vmDao;
    }

    @Override
    protected ValidationResult validate() {
        Cluster cluster = clusterDao.get(getParameters().id());
        if (cluster == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST);
        }
        audit().cluster(cluster.getId(), cluster.getName());
        return firstFailure(() -> noHosts(cluster), () -> noVms(cluster));
    }

    private ValidationResult noHosts(Cluster cluster) {
        List<String> hosts = hostDao.getAllForCluster(cluster.getId()).stream().map(Identifiable::getName).toList();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_HAS_HOSTS, "HostNames", NameLists.shortList(hosts))
                .unless(hosts.isEmpty());
    }

    private ValidationResult noVms(Cluster cluster) {
        List<String> vms = vmDao.getAllForCluster(cluster.getId()).stream().map(Identifiable::getName).toList();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_HAS_VMS, "VmNames", NameLists.shortList(vms))
                .unless(vms.isEmpty());
    }

    @Override
    protected Object execute() {
        clusterDao.remove(getParameters().id());
        return getParameters().id();
    }
}
