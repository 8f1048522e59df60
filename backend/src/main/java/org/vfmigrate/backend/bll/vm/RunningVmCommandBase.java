package org.vfmigrate.backend.bll.vm;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_LOCKED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_MIGRATING;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_NOT_EXIST;

import java.util.UUID;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * Base of the commands on a running VM: finds the VM and its host and takes the VM's exclusive lock (a
 * PostgreSQL advisory lock held until the transaction ends, so plug, unplug, stop and migrate of one VM
 * serialize across engine processes).
 */
public abstract class RunningVmCommandBase<P extends ActionParametersBase> extends CommandBase<P> {

    protected final RunningVmSupport support;
    protected Vm vm;
    protected Host host;

    protected RunningVmCommandBase(RunningVmSupport support) {
        this.support = support;
    }

    /**
     * The VM exists, is not being worked on by another operation, and runs on a host. The lock is taken before the
     * VM is read: read first, the VM could be what it was before an operation that committed (and let go of the
     * lock) in between — e.g. still up on the source of a migration that has just started.
     */
    protected ValidationResult lockRunningVm(UUID vmId) {
        boolean locked = support.vmDao().tryLock(vmId);
        vm = support.vmDao().get(vmId);
        if (vm == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_NOT_EXIST);
        }
        audit().vm(vm.getId(), vm.getName());
        if (!locked) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_LOCKED, "VmName", vm.getName());
        }
        if (vm.getStatus() == VmStatus.MIGRATING) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_MIGRATING, "VmName", vm.getName());
        }
        if (vm.getStatus() != VmStatus.UP || vm.getRunOnHostId() == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_NOT_RUNNING, "VmName", vm.getName());
        }
        host = support.hostDao().get(vm.getRunOnHostId());
        audit().host(host.getId(), host.getName());
        return ValidationResult.VALID;
    }
}
