package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.Objects;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateVmInterfaceParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Edits a VM NIC's name, profile, link state and MAC address under the rules of adding one (SPEC rule 11 on every
 * edit, rule 13 when the profile changes). A plugged NIC of a running VM keeps its profile and MAC. A new MAC
 * replaces the old one in the data center's pool in the same transaction. {@code plugged} is not changed here:
 * plugging is {@code PLUG_VM_INTERFACE}'s work. A null MAC or type means "as it is" (the type follows a new profile
 * unless the caller chose another one).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_VM_INTERFACE)
public class UpdateVmInterfaceCommand extends VmInterfaceCommandBase<UpdateVmInterfaceParameters> {

    private VmNic stored;
    private Vm vm;
    private Cluster cluster;
    private boolean profileChanged;
    private boolean macChanged;
    private boolean usesFailover;

    public UpdateVmInterfaceCommand(VmDao vmDao, VmNicDao vmNicDao, VnicProfileDao vnicProfileDao,
            ClusterDao clusterDao, MacPool macPool, FailoverNics failoverNics) {
        super(vmDao, vmNicDao, vnicProfileDao, clusterDao, macPool, failoverNics);
    }

    @Override
    protected ValidationResult validate() {
        VmNic nic = getParameters().nic();
        stored = nic.getId() == null ? null : vmNicDao.get(nic.getId());
        vm = nic.getVmId() == null ? null : vmDao.get(nic.getVmId());
        if (stored == null || vm == null) {
            return firstFailure(() -> VmValidator.vmExists(vm), () -> VmNicValidator.nicExistsInVm(stored, vm));
        }
        cluster = clusterOf(vm);
        VnicProfileView profile = profileOf(nic);
        profileChanged = !Objects.equals(stored.getVnicProfileId(), nic.getVnicProfileId());
        if (nic.getType() == null || profileChanged && nic.getType() == stored.getType()) {
            nic.setType(VmNicValidator.typeRequiredBy(profile));
        }
        nic.setMacAddress(nic.getMacAddress() == null ? stored.getMacAddress() : MacPool.canonical(nic.getMacAddress()));
        macChanged = !stored.getMacAddress().equals(nic.getMacAddress());
        auditNic(vm, cluster, stored);
        VmNicValidator validator = validatorFor(nic, vm, cluster, profile);
        usesFailover = validator.usesFailover();
        return firstFailure(
                () -> VmNicValidator.nicExistsInVm(stored, vm),
                new VmValidator(vm, vmDao)::notLockedByAnotherOperation,
                () -> validator.profileUnchangedWhilePlugged(stored),
                () -> validator.macUnchangedWhilePlugged(stored),
                () -> EntityNameValidator.validName(nic.getName(), VmNicValidator.MAX_NAME_LENGTH),
                validator::nameNotUsedInVm,
                validator::profileExists,
                validator::profileInVmDataCenter,
                validator::typeFitsProfile,
                validator::failoverSupportedByClusterLevel,
                () -> profileChanged ? validator.failoverSupportedByGuestOs() : ValidationResult.VALID,
                () -> macChanged ? validator.macAddressValid() : ValidationResult.VALID,
                () -> macChanged ? validator.macAddressFree(macPool) : ValidationResult.VALID);
    }

    @Override
    protected Object execute() {
        VmNic nic = getParameters().nic();
        nic.setPlugged(stored.isPlugged());
        if (macChanged) {
            macPool.release(stored.getId());
        }
        VmNic updated = vmNicDao.update(nic);
        if (macChanged && !macPool.take(cluster.getDataCenterId(), updated.getMacAddress(), updated.getId())) {
            throw new DataIntegrityViolationException("MAC address " + updated.getMacAddress()
                    + " was taken meanwhile in data center " + cluster.getDataCenterId());
        }
        audit().put("InterfaceName", updated.getName());
        if (profileChanged && usesFailover) {
            failoverNics.warnIfGuestOsUnknown(vm, updated.getName(), getUser());
        }
        return updated.getId();
    }
}
