package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateVmParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * Edits a VM's name, size, guest OS, migration policy and cluster. Size, OS and cluster change only while the
 * VM is down; the cluster only within the data center, and not below level 4.6 while the VM has failover NICs
 * (SPEC rule 11 on the cluster-change path); the OS not to one that cannot run net_failover while it has them
 * (rule 13; an OS of unknown support gets a warning per failover NIC). Run state and host are not the caller's
 * to set: they are kept as stored.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_VM)
public class UpdateVmCommand extends CommandBase<UpdateVmParameters> {

    private final VmDao vmDao;
    private final ClusterDao clusterDao;
    private final FailoverNics failoverNics;
    private Vm stored;
    private List<String> failoverNicNames;

    public UpdateVmCommand(VmDao vmDao, ClusterDao clusterDao, FailoverNics failoverNics) {
        this.vmDao = vmDao;
        this.clusterDao = clusterDao;
        this.failoverNics = failoverNics;
    }

    @Override
    protected ValidationResult validate() {
        Vm vm = getParameters().vm();
        stored = vm.getId() == null ? null : vmDao.get(vm.getId());
        if (stored == null) {
            return VmValidator.vmExists(null);
        }
        audit().vm(stored.getId(), stored.getName());
        Cluster current = clusterDao.get(stored.getClusterId());
        Cluster target = vm.getClusterId() == null ? null : clusterDao.get(vm.getClusterId());
        audit().cluster(current.getId(), current.getName());
        failoverNicNames = failoverNics.namesOf(stored.getId());
        VmValidator validator = new VmValidator(vm, vmDao);
        return firstFailure(
                validator::notLockedByAnotherOperation,
                () -> EntityNameValidator.validName(vm.getName(), VmValidator.MAX_NAME_LENGTH),
                validator::nameNotUsed,
                validator::sizeInRange,
                validator::guestOsKnown,
                () -> VmValidator.clusterExists(target),
                () -> VmValidator.clusterInSameDataCenter(current, target),
                () -> validator.hardwareUnchangedWhileRunning(stored),
                () -> VmValidator.failoverNicsFitClusterLevel(stored, target, failoverNicNames),
                () -> validator.failoverNicsSupportedByNewGuestOs(stored, failoverNicNames));
    }

    @Override
    protected Object execute() {
        Vm vm = getParameters().vm();
        boolean osChanged = vm.getOsType() != stored.getOsType();
        vm.setStatus(stored.getStatus());
        vm.setRunOnHostId(stored.getRunOnHostId());
        Vm updated = vmDao.update(vm);
        audit().vm(updated.getId(), updated.getName());
        if (osChanged) {
            failoverNicNames.forEach(nic -> failoverNics.warnIfGuestOsUnknown(updated, nic, getUser()));
        }
        return updated.getId();
    }
}
