package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_GUEST_OS_UNKNOWN;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_LOCKED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_RUNNING;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_SIZE_INVALID;

import java.util.List;
import java.util.Objects;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * The rules of a VM as a whole: existence, name, size, guest OS, run state, and (for an update) the cluster it
 * moves to, including SPEC-failover.md rules 11 and 13 for the VM's failover NICs. Each method names the
 * condition that must hold; commands chain them in order. Reads only, except {@link #notLockedByAnotherOperation}.
 */
class VmValidator {

    /** oVirt's limit for VM names. */
    static final int MAX_NAME_LENGTH = 64;
    static final long MAX_MEMORY_MIB = 4_194_304;
    static final int MAX_VCPUS = 288;

    private final Vm vm;
    private final VmDao vmDao;

    VmValidator(Vm vm, VmDao vmDao) {
        this.vm = vm;
        this.vmDao = vmDao;
    }

    /** A VM counts as running in every state but down: it has, or is getting, a process on a host. */
    static boolean isRunning(Vm vm) {
        return vm.getStatus() != VmStatus.DOWN;
    }

    static ValidationResult vmExists(Vm stored) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_NOT_EXIST).when(stored == null);
    }

    /**
     * No other operation (plug, migration, another edit) holds the VM. Takes the VM's transaction lock, which a
     * refused action releases with its rollback, so nothing outlives validation.
     */
    ValidationResult notLockedByAnotherOperation() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_LOCKED, "VmName", vm.getName())
                .unless(vmDao.tryLock(vm.getId()));
    }

    ValidationResult nameNotUsed() {
        Vm sameName = vmDao.getByName(vm.getName());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                .when(sameName != null && !sameName.getId().equals(vm.getId()));
    }

    static ValidationResult clusterExists(Cluster cluster) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST).when(cluster == null);
    }

    ValidationResult sizeInRange() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_SIZE_INVALID,
                        "MaxMemoryMib", String.valueOf(MAX_MEMORY_MIB), "MaxVcpus", String.valueOf(MAX_VCPUS))
                .unless(vm.getMemoryMib() >= 1 && vm.getMemoryMib() <= MAX_MEMORY_MIB
                        && vm.getVcpus() >= 1 && vm.getVcpus() <= MAX_VCPUS);
    }

    ValidationResult guestOsKnown() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_GUEST_OS_UNKNOWN, "OsType", "(none)")
                .when(vm.getOsType() == null);
    }

    /** The VM stays in its data center: its NICs' profiles and MAC addresses belong there. */
    static ValidationResult clusterInSameDataCenter(Cluster current, Cluster target) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER)
                .unless(current.getDataCenterId().equals(target.getDataCenterId()));
    }

    /** Cluster, memory, vCPUs and guest OS change only while the VM is down. */
    ValidationResult hardwareUnchangedWhileRunning(Vm stored) {
        boolean changed = !stored.getClusterId().equals(vm.getClusterId())
                || stored.getMemoryMib() != vm.getMemoryMib()
                || stored.getVcpus() != vm.getVcpus()
                || stored.getOsType() != vm.getOsType();
        return notRunningWhen(stored, changed);
    }

    /** The VM is down (for actions that need it so whatever they change). */
    static ValidationResult notRunning(Vm stored) {
        return notRunningWhen(stored, true);
    }

    private static ValidationResult notRunningWhen(Vm stored, boolean condition) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_RUNNING, "VmName", stored.getName())
                .when(condition && isRunning(stored));
    }

    /** SPEC rule 11 [beyond], cluster-change path: a VM with failover NICs moves only to a 4.6+ cluster. */
    static ValidationResult failoverNicsFitClusterLevel(Vm stored, Cluster target, List<String> failoverNics) {
        boolean moving = !Objects.equals(stored.getClusterId(), target.getId());
        return ValidationResult.failWith(
                        ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE)
                .when(moving && !failoverNics.isEmpty() && target.getCompatibilityVersion().lessThan(Version.V4_6));
    }

    /** SPEC rule 13 [beyond]: the guest OS of a VM with failover NICs does not become one without net_failover. */
    ValidationResult failoverNicsSupportedByNewGuestOs(Vm stored, List<String> failoverNics) {
        GuestOs os = vm.getOsType();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS,
                        "OsName", os.apiName())
                .when(os != stored.getOsType() && !failoverNics.isEmpty()
                        && os.failoverSupport() == GuestOs.FailoverSupport.UNSUPPORTED);
    }
}
