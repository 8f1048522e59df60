package org.vfmigrate.backend.migration;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MIGRATION_PAST_CANCEL_POINT;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_NOT_MIGRATING;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_NOT_EXIST;

import java.util.EnumSet;
import java.util.Optional;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.ActionFailedException;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/**
 * Cancels a migration that has not yet brought the VM to the destination; it is undone like any failure before
 * that point (the VF plugged back on the source, destination reservations released). Once the VM runs on the
 * destination there is nothing left to cancel: that is refused, whether the destination already reports the VM
 * (the engine may still be plugging its VFs there) or the VM arrives while the cancel is being made.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.CANCEL_MIGRATION)
public class CancelMigrationCommand extends CommandBase<VmIdParameters> {

    private static final EnumSet<MigrationPhase> CANCELLABLE =
            EnumSet.of(MigrationPhase.RESERVED, MigrationPhase.UNPLUGGING, MigrationPhase.MIGRATING);

    private final VmDao vmDao;
    private final HostDao hostDao;
    private final MigrationDao migrationDao;
    private final MigrationOrchestrator orchestrator;
    private final HostDrivers drivers;
    private Vm vm;
    private Migration migration;

    public CancelMigrationCommand(VmDao vmDao, HostDao hostDao, MigrationDao migrationDao,
            MigrationOrchestrator orchestrator, HostDrivers drivers) {
        this.vmDao = vmDao;
        this.hostDao = hostDao;
        this.migrationDao = migrationDao;
        this.orchestrator = orchestrator;
        this.drivers = drivers;
    }

    @Override
    protected ValidationResult validate() {
        vm = vmDao.get(getParameters().vmId());
        if (vm == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_NOT_EXIST);
        }
        audit().vm(vm.getId(), vm.getName());
        Optional<Migration> active = migrationDao.getActiveForVm(vm.getId());
        if (active.isEmpty()) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VM_IS_NOT_MIGRATING, "VmName", vm.getName());
        }
        migration = active.get();
        return CANCELLABLE.contains(migration.getPhase()) && !arrivedOnDestination() ? ValidationResult.VALID
                : pastCancelPoint();
    }

    @Override
    protected Object execute() {
        Host source = hostDao.get(migration.getSourceHostId());
        if (!orchestrator.cancel(migration.getId(), source.getAddress(), vm.getName())) {
            throw new ActionFailedException(pastCancelPoint());
        }
        return migration.getId();
    }

    /** The host already runs the VM on the destination (the engine is plugging its VFs there). */
    private boolean arrivedOnDestination() {
        Host destination = hostDao.get(migration.getDestinationHostId());
        try {
            return drivers.driver(destination.getAddress()).runningDomains().contains(vm.getName());
        } catch (RuntimeException e) {
            return false; // the destination does not answer: the cancel is tried on the source
        }
    }

    private ValidationResult pastCancelPoint() {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_MIGRATION_PAST_CANCEL_POINT, "VmName", vm.getName());
    }
}
