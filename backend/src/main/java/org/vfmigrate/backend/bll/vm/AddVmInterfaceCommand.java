package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
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
 * Adds a NIC to a VM. Its type follows its profile (derived when not given); a profile with failover needs
 * cluster level 4.6 (SPEC rule 11) and a guest not known to lack net_failover (rule 13; unknown support is
 * allowed with a warning). Two VF NICs may share one failover profile (rule 12). A given MAC must be a free
 * unicast address of the data center, otherwise one is allocated. On a running VM the NIC is added unplugged:
 * hot-plug is {@code PLUG_VM_INTERFACE}'s work.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_VM_INTERFACE)
public class AddVmInterfaceCommand extends VmInterfaceCommandBase<AddVmInterfaceParameters> {

    private Vm vm;
    private Cluster cluster;
    private boolean macAllocated;
    private boolean usesFailover;

    public AddVmInterfaceCommand(VmDao vmDao, VmNicDao vmNicDao, VnicProfileDao vnicProfileDao,
            ClusterDao clusterDao, MacPool macPool, FailoverNics failoverNics) {
        super(vmDao, vmNicDao, vnicProfileDao, clusterDao, macPool, failoverNics);
    }

    @Override
    protected ValidationResult validate() {
        VmNic nic = getParameters().nic();
        if (nic.getId() == null) {
            nic.setId(UUID.randomUUID());
        }
        vm = nic.getVmId() == null ? null : vmDao.get(nic.getVmId());
        if (vm == null) {
            return VmValidator.vmExists(null);
        }
        cluster = clusterOf(vm);
        VnicProfileView profile = profileOf(nic);
        if (nic.getType() == null) {
            nic.setType(VmNicValidator.typeRequiredBy(profile));
        }
        nic.setMacAddress(MacPool.canonical(nic.getMacAddress()));
        macAllocated = nic.getMacAddress() == null;
        auditNic(vm, cluster, nic);
        VmNicValidator validator = validatorFor(nic, vm, cluster, profile);
        usesFailover = validator.usesFailover();
        return firstFailure(
                new VmValidator(vm, vmDao)::notLockedByAnotherOperation,
                () -> EntityNameValidator.validName(nic.getName(), VmNicValidator.MAX_NAME_LENGTH),
                validator::nameNotUsedInVm,
                validator::profileExists,
                validator::profileInVmDataCenter,
                validator::typeFitsProfile,
                validator::failoverSupportedByClusterLevel,
                validator::failoverSupportedByGuestOs,
                () -> macAllocated ? allocate(nic) : validMacAddress(validator));
    }

    private ValidationResult validMacAddress(VmNicValidator validator) {
        return firstFailure(validator::macAddressValid, () -> validator.macAddressFree(macPool));
    }

    /** Picks a free address now, so that an exhausted pool is a refusal; execute takes it (or the next). */
    private ValidationResult allocate(VmNic nic) {
        Optional<String> free = macPool.freeAddress(cluster.getDataCenterId());
        free.ifPresent(nic::setMacAddress);
        return VmNicValidator.poolHasFreeAddress(free);
    }

    @Override
    protected Object execute() {
        VmNic nic = getParameters().nic();
        if (VmValidator.isRunning(vm)) {
            nic.setPlugged(false);
        }
        vmNicDao.save(nic);
        boolean taken = macAllocated ? macPool.claim(cluster.getDataCenterId(), nic)
                : macPool.take(cluster.getDataCenterId(), nic.getMacAddress(), nic.getId());
        if (!taken) {
            throw new DataIntegrityViolationException("MAC address " + nic.getMacAddress()
                    + " was taken meanwhile in data center " + cluster.getDataCenterId());
        }
        if (usesFailover) {
            failoverNics.warnIfGuestOsUnknown(vm, nic.getName(), getUser());
        }
        return nic.getId();
    }
}
