package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_MAC;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_PROFILE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_REMOVE_PLUGGED_INTERFACE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MAC_POOL_EXHAUSTED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_DATA_CENTER;

import java.util.Objects;
import java.util.Optional;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmNicType;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * The rules of one VM NIC: its name within the VM, its profile (in the VM's data center, fitting the NIC's type),
 * SPEC-failover.md rules 11 and 13 for a profile with failover, its MAC address, and what a plugged NIC of a
 * running VM may not change. Each method names the condition that must hold. Reads only.
 */
class VmNicValidator {

    static final int MAX_NAME_LENGTH = 50;

    private final VmNic nic;
    private final Vm vm;
    private final Cluster cluster;
    private final VnicProfileView profile;
    private final VmNicDao vmNicDao;

    /** {@code profile} is the view of the NIC's profile, {@code null} for an empty NIC or an unknown id. */
    VmNicValidator(VmNic nic, Vm vm, Cluster cluster, VnicProfileView profile, VmNicDao vmNicDao) {
        this.nic = nic;
        this.vm = vm;
        this.cluster = cluster;
        this.profile = profile;
        this.vmNicDao = vmNicDao;
    }

    /** The type a NIC on {@code profile} must have: passthrough for a passthrough profile, else virtio. */
    static VmNicType typeRequiredBy(VnicProfileView profile) {
        return profile != null && profile.passthrough() ? VmNicType.PCI_PASSTHROUGH : VmNicType.VIRTIO;
    }

    static ValidationResult nicExistsInVm(VmNic stored, Vm vm) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST)
                .when(stored == null || vm == null || !stored.getVmId().equals(vm.getId()));
    }

    ValidationResult nameNotUsedInVm() {
        boolean used = vmNicDao.getAllForVm(vm.getId()).stream()
                .anyMatch(other -> other.getName().equals(nic.getName()) && !other.getId().equals(nic.getId()));
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED).when(used);
    }

    ValidationResult profileExists() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS)
                .when(nic.getVnicProfileId() != null && profile == null);
    }

    ValidationResult profileInVmDataCenter() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_DATA_CENTER)
                .when(profile != null && !profile.dataCenterId().equals(cluster.getDataCenterId()));
    }

    ValidationResult typeFitsProfile() {
        boolean passthrough = profile != null && profile.passthrough();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE,
                        "InterfaceType", nic.getType().apiName(),
                        "ProfileKind", passthrough ? "passthrough" : "non-passthrough")
                .unless(nic.getType() == typeRequiredBy(profile));
    }

    /** SPEC rule 11: a NIC with failover needs cluster level 4.6 or above. */
    ValidationResult failoverSupportedByClusterLevel() {
        return ValidationResult.failWith(
                        ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE)
                .when(usesFailover() && cluster.getCompatibilityVersion().lessThan(Version.V4_6));
    }

    /** SPEC rule 13 [beyond]: a NIC with failover needs a guest that is not known to lack net_failover. */
    ValidationResult failoverSupportedByGuestOs() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS,
                        "OsName", vm.getOsType().apiName())
                .when(usesFailover() && vm.getOsType().failoverSupport() == GuestOs.FailoverSupport.UNSUPPORTED);
    }

    boolean usesFailover() {
        return profile != null && profile.failoverVnicProfileId() != null;
    }

    ValidationResult macAddressValid() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_MAC_ADDRESS_INVALID, "MacAddress", nic.getMacAddress())
                .unless(MacPool.isValidUnicast(nic.getMacAddress()));
    }

    ValidationResult macAddressFree(MacPool pool) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE, "MacAddress", nic.getMacAddress())
                .unless(pool.isFree(cluster.getDataCenterId(), nic.getMacAddress()));
    }

    static ValidationResult poolHasFreeAddress(Optional<String> free) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_MAC_POOL_EXHAUSTED).when(free.isEmpty());
    }

    /** On a running VM a plugged NIC keeps its profile: the guest's device would not follow. */
    ValidationResult profileUnchangedWhilePlugged(VmNic stored) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_PROFILE)
                .when(pluggedIntoRunningVm(stored)
                        && !Objects.equals(stored.getVnicProfileId(), nic.getVnicProfileId()));
    }

    /** On a running VM a plugged NIC keeps its MAC address. */
    ValidationResult macUnchangedWhilePlugged(VmNic stored) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_MAC,
                        "InterfaceName", stored.getName(), "VmName", vm.getName())
                .when(pluggedIntoRunningVm(stored) && !stored.getMacAddress().equals(nic.getMacAddress()));
    }

    /** A NIC leaves a running VM only once unplugged. */
    static ValidationResult notPluggedIntoRunningVm(VmNic stored, Vm vm) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_REMOVE_PLUGGED_INTERFACE,
                        "InterfaceName", stored.getName(), "VmName", vm.getName())
                .when(stored.isPlugged() && VmValidator.isRunning(vm));
    }

    private boolean pluggedIntoRunningVm(VmNic stored) {
        return stored.isPlugged() && VmValidator.isRunning(vm);
    }
}
