package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * Adds a VM to a cluster: a valid name unique in the engine, a size within limits and a known guest OS. The VM
 * starts down and on no host, whatever the caller sent; its NICs are added one by one afterwards.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_VM)
public class AddVmCommand extends CommandBase<AddVmParameters> {

    private final VmDao vmDao;
    private final ClusterDao clusterDao;

    public AddVmCommand(VmDao vmDao, ClusterDao clusterDao) {
        this.vmDao = vmDao;
        this.clusterDao = clusterDao;
    }

    @Override
    protected ValidationResult validate() {
        Vm vm = getParameters().vm();
        if (vm.getId() == null) {
            vm.setId(UUID.randomUUID());
        }
        Cluster cluster = vm.getClusterId() == null ? null : clusterDao.get(vm.getClusterId());
        audit().vm(vm.getId(), vm.getName());
        if (cluster != null) {
            audit().cluster(cluster.getId(), cluster.getName());
        }
        VmValidator validator = new VmValidator(vm, vmDao);
        return firstFailure(
                () -> EntityNameValidator.validName(vm.getName(), VmValidator.MAX_NAME_LENGTH),
                validator::nameNotUsed,
                () -> VmValidator.clusterExists(cluster),
                validator::sizeInRange,
                validator::guestOsKnown);
    }

    @Override
    protected Object execute() {
        Vm vm = getParameters().vm();
        vm.setStatus(VmStatus.DOWN);
        vm.setRunOnHostId(null);
        vmDao.save(vm);
        return vm.getId();
    }
}
