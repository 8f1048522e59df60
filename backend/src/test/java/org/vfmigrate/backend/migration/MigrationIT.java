package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.backend.testing.RunningVmFixture.fault;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.FAIL;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.HANG;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.NO_ACK;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.HOT_PLUG;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.HOT_UNPLUG;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.MIGRATE;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.ActivateDeactivateVmNicParameters;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * Engine-managed live migration on simulated hosts: the happy path, and each way it can fail (no destination,
 * the guest never releases the VF, the migration fails, the destination plug fails). Every case asserts both
 * hosts' live XML, where the VM is recorded, who holds which VF, and the audit entry.
 */
class MigrationIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    HostDeviceDao hostDeviceDao;
    @Autowired
    MigrationDao migrationDao;
    @Autowired
    org.vfmigrate.dal.dao.ClusterDao clusterDao;

    RunningVmFixture f;
    UUID source;
    UUID destination;
    /** The simulation keeps data-path timelines by VM name for the engine's life: each test uses its own. */
    String vmName;

    @BeforeEach
    void hosts() {
        vmName = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        f = new RunningVmFixture(this, drivers);
        source = f.host("src", 2);
        destination = f.host("dst", 2);
    }

    @Test
    void aFailoverVmMovesWithItsVfAndNeverLosesItsNetwork() {
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        long from = drivers.simulation().scheduler().nowMillis();

        Migration done = migrateAndWait(vm, destination);

        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        Vm moved = inTransaction(() -> vmDao.get(vm));
        assertThat(moved.getRunOnHostId()).isEqualTo(destination);
        assertThat(moved.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(devicesOn(destination)).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(f.sim(source).runningDomains()).doesNotContain(vmName);
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, source))).isEmpty();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination).orElseThrow()).getReservation())
                .isEqualTo(VfReservation.ATTACHED);
        assertThat(done.getOutageMs()).isZero();
        assertThat(done.getDegradedMs()).isNotNull();
        assertThat(outageSince(from)).isEqualTo(Duration.ZERO);
        assertThat(audit().stream().map(a -> a.getLogType())).contains(AuditLogType.VM_MIGRATION_DONE,
                AuditLogType.USER_MIGRATE_VM);
    }

    @Test
    void withRealisticLatencyAFailoverNicKeepsItsNetworkAndALegacyNicLosesIt() {
        var latency = new org.vfmigrate.vdsbroker.host.sim.SimSettings(null, 80L, 10240L, 30L, null);
        f.sim(source).configure(latency);
        f.sim(destination).configure(latency);
        UUID failoverVm = runningVm(f.sriovVf);
        long from = drivers.simulation().scheduler().nowMillis();
        Migration failover = migrateAndWait(failoverVm, destination);
        // the only time without a path is the stop-and-copy pause every VM has (plus the wall-clock scheduler's
        // jitter); the VF's absence costs nothing, while the legacy NIC below loses its path from unplug to plug
        assertThat(outageSince(from)).isLessThanOrEqualTo(Duration.ofMillis(failover.getDowntimeMs() + 15));
        assertThat(failover.getOutageMs()).isZero();
        assertThat(failover.getDegradedMs()).isPositive();

        UUID legacyVm = vmUsing(f.cluster, vmName + "-legacy", f.legacyVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(legacyVm, source));
        long legacyFrom = drivers.simulation().scheduler().nowMillis();
        Migration legacy = migrateAndWait(legacyVm, destination);

        assertThat(legacy.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(legacy.getOutageMs()).isPositive();
        assertThat(drivers.simulation().timeline(vmName + "-legacy").outage(legacyFrom, drivers.simulation().scheduler().nowMillis()))
                .isGreaterThan(Duration.ofMillis(legacy.getDowntimeMs() + 50));
    }

    @Test
    void inHypervisorManagedModeTheHostMovesTheVfAndTheEngineVerifies() {
        inTransaction(() -> {
            clusterDao.get(f.cluster).setMigrationMode(org.vfmigrate.common.businessentities.migration.MigrationMode.HYPERVISOR_MANAGED);
            return null;
        });
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        long from = drivers.simulation().scheduler().nowMillis();

        Migration done = migrateAndWait(vm, destination);

        assertThat(done.getMode()).isEqualTo(org.vfmigrate.common.businessentities.migration.MigrationMode.HYPERVISOR_MANAGED);
        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(devicesOn(destination)).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination).orElseThrow()).getReservation())
                .isEqualTo(VfReservation.ATTACHED);
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, source))).isEmpty();
        assertThat(outageSince(from)).isEqualTo(Duration.ZERO);
    }

    /** The VM's time without any network path since {@code from} (the simulation keeps one timeline per name). */
    private Duration outageSince(long from) {
        return drivers.simulation().timeline(vmName).outage(from, drivers.simulation().scheduler().nowMillis());
    }

    @Test
    void aVmWithSeveralNicsMovesEveryVfAndKeepsItsOtherNics() {
        source = f.host("src4", 4);
        destination = f.host("dst4", 4);
        UUID vm = vmUsing(f.cluster, vmName, f.sriovVf, f.sriovVf, f.legacyVf, f.mgmt);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        var nics = inTransaction(() -> vmNicDao.getAllForVm(vm));

        Migration done = migrateAndWait(vm, destination);

        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        String devices = devicesOn(destination);
        for (int i = 0; i < 3; i++) {
            UUID nic = nics.get(i).getId();
            assertThat(devices).contains("\"" + NicAliases.primary(nic) + "\"");
            assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination).orElseThrow()).getReservation())
                    .isEqualTo(VfReservation.ATTACHED);
            assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, source))).isEmpty();
        }
        assertThat(devices).contains(NicAliases.failoverTwin(nics.get(0).getId()))
                .contains(NicAliases.failoverTwin(nics.get(1).getId()))
                .doesNotContain(NicAliases.failoverTwin(nics.get(2).getId()))
                .contains("\"" + NicAliases.primary(nics.get(3).getId()) + "\"");
        assertThat(done.getOutageMs()).as("a legacy VF NIC loses its network from unplug to plug")
                .isEqualTo(done.getDegradedMs());
    }

    @Test
    void withoutAFreeVfOnAnyOtherHostNothingIsUnplugged() {
        UUID vm = runningVm(f.sriovVf);
        UUID other = vmUsing(f.cluster, "other", f.legacyVf, f.legacyVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(other, destination));

        ActionReturnValue result = run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, null));

        assertThat(result.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_NO_SUITABLE_HOST);
        assertThat(devicesOn(source)).contains(NicAliases.primary(nicOf(vm)));
        assertThat(inTransaction(() -> migrationDao.getLatestForVm(vm))).isEmpty();
    }

    @Test
    void aNonMigratablePassthroughNicBlocksMigration() {
        UUID pinned = vfProfileNotMigratable();
        UUID vm = runningVm(pinned);

        ActionReturnValue result = run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));

        assertThat(result.getMessage())
                .isEqualTo(EngineMessage.ACTION_TYPE_FAILED_MIGRATION_OF_NON_MIGRATABLE_PASSTHROUGH_VNICS_IS_NOT_SUPPORTED);
    }

    @Test
    void whenTheGuestNeverReleasesTheVfTheMigrationIsUndoneOnTheSource() {
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        f.faults(source, fault(HOT_UNPLUG, vmName, NO_ACK));

        Migration undone = migrateAndWait(vm, destination);

        assertUndoneOnSource(undone, vm, nic);
    }

    @Test
    void whenTheMigrationFailsTheVfIsPluggedBackOnTheSource() {
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        f.faults(source, fault(MIGRATE, vmName, FAIL));

        Migration undone = migrateAndWait(vm, destination);

        assertUndoneOnSource(undone, vm, nic);
        assertThat(audit().get(0).getMessage()).contains("failed while migrating").contains("VF(s) plugged back: nic1");
    }

    @Test
    void whenTheDestinationPlugKeepsFailingTheVmStaysOnVirtioWithItsReservation() {
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        f.faults(destination, new org.vfmigrate.vdsbroker.host.sim.SimFault(HOT_PLUG, vmName, FAIL, 3, null, null));

        Migration done = migrateAndWait(vm, destination);

        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(devicesOn(destination)).doesNotContain("ua-" + nic + "\"").contains(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination).orElseThrow()).getReservation())
                .isEqualTo(VfReservation.RESERVED);
        assertThat(audit().stream().filter(a -> a.getLogType() == AuditLogType.VM_MIGRATION_NOT_ALL_VM_NICS_WERE_PLUGGED_BACK)
                .map(a -> a.getMessage())).containsExactly(
                "After migration of " + vmName + ", following vm nics failed to be plugged back: nic1.");
    }

    @Test
    void whileMigratingOtherOperationsAndTheSourceLimitRefuse() {
        UUID vm = runningVm(f.sriovVf);
        UUID second = vmUsing(f.cluster, "vm2", f.mgmt);
        runOk(ActionType.RUN_VM, new VmIdParameters(second, source));
        inTransaction(() -> {
            hostDao.get(source).setMaxParallelMigrations(1);
            return null;
        });
        f.faults(source, fault(MIGRATE, vmName, HANG));
        runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));
        waitForPhase(vm, MigrationPhase.MIGRATING);

        assertThat(run(ActionType.UNPLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nicOf(vm))).getMessage())
                .isEqualTo(EngineMessage.ACTION_TYPE_FAILED_VM_IS_MIGRATING);
        assertThat(run(ActionType.MIGRATE_VM, new MigrateVmParameters(second, destination)).getMessage())
                .isEqualTo(EngineMessage.ACTION_TYPE_FAILED_HOST_MIGRATION_LIMIT_REACHED);
    }

    @Test
    void cancellingWhileTheHostMigratesUndoesTheMigrationOnTheSource() {
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        f.faults(source, fault(MIGRATE, vmName, HANG));
        runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));
        waitForPhase(vm, MigrationPhase.MIGRATING);

        runOk(ActionType.CANCEL_MIGRATION, VmIdParameters.of(vm));

        Migration undone = waitForFinish(vm);
        assertUndoneOnSource(undone, vm, nic);
        assertThat(undone.getFailure()).isEqualTo("the migration was cancelled");
    }

    @Test
    void cancellingOnceTheVmRunsOnTheDestinationIsRefusedAndTheMigrationFinishes() {
        UUID vm = runningVm(f.sriovVf);
        f.faults(destination, fault(org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.HOT_PLUG, vmName, HANG));
        runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!f.sim(destination).runningDomains().contains(vmName)) {
            assertThat(System.nanoTime()).as("VM arrived").isLessThan(deadline);
            Thread.onSpinWait();
        }

        var refused = run(ActionType.CANCEL_MIGRATION, VmIdParameters.of(vm));

        assertThat(refused.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_MIGRATION_PAST_CANCEL_POINT);
        Migration done = waitForFinish(vm);
        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(inTransaction(() -> vmDao.get(vm)).getRunOnHostId()).isEqualTo(destination);
    }

    @Test
    void aVmThatNoLongerRunsOnItsSourceHasItsMigrationUndoneNotLeftOpen() {
        UUID vm = runningVm(f.sriovVf);
        UUID nic = nicOf(vm);
        f.sim(source).destroy(vmName);
        f.sim(source).undefine(vmName);

        Migration undone = migrateAndWait(vm, destination);

        assertThat(undone.getPhase()).isEqualTo(MigrationPhase.UNDONE);
        assertThat(inTransaction(() -> vmDao.get(vm)).getStatus()).as("no longer held as migrating")
                .isEqualTo(VmStatus.UP);
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination))).isEmpty();
        assertThat(f.sim(destination).runningDomains()).doesNotContain(vmName);
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.VM_MIGRATION_FAILED);
    }

    @Test
    void cancellingWithoutAMigrationIsRefused() {
        UUID vm = runningVm(f.sriovVf);

        assertThat(run(ActionType.CANCEL_MIGRATION, VmIdParameters.of(vm)).getRenderedMessages())
                .containsExactly("Cannot cancel migration for VM. VM " + vmName + " is not being migrated.");
    }

    private void assertUndoneOnSource(Migration undone, UUID vm, UUID nic) {
        assertThat(undone.getPhase()).isEqualTo(MigrationPhase.UNDONE);
        Vm stayed = inTransaction(() -> vmDao.get(vm));
        assertThat(stayed.getRunOnHostId()).isEqualTo(source);
        assertThat(stayed.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(devicesOn(source)).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, source))).isPresent();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination))).isEmpty();
        assertThat(f.sim(destination).runningDomains()).doesNotContain(vmName);
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.VM_MIGRATION_FAILED);
    }

    private UUID vfProfileNotMigratable() {
        var p = new org.vfmigrate.common.businessentities.network.VnicProfile(null, "pinned", f.sriovNet);
        p.setPassthrough(true);
        return runOk(ActionType.ADD_VNIC_PROFILE, new org.vfmigrate.common.action.AddVnicProfileParameters(p));
    }

    private UUID runningVm(UUID profile) {
        UUID vm = vmUsing(f.cluster, vmName, profile);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        return vm;
    }

    private UUID nicOf(UUID vm) {
        return inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
    }

    private String devicesOn(UUID host) {
        String live = f.sim(host).liveXml(vmName);
        return live.substring(live.indexOf("<devices"));
    }

    private Migration migrateAndWait(UUID vm, UUID to) {
        runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, to));
        return waitForFinish(vm);
    }

    private Migration waitForFinish(UUID vm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Migration m = inTransaction(() -> migrationDao.getLatestForVm(vm).orElseThrow());
            if (m.getPhase().isFinished()) {
                return m;
            }
            sleep();
        }
        throw new AssertionError("migration did not finish");
    }

    private void waitForPhase(UUID vm, MigrationPhase phase) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (inTransaction(() -> migrationDao.getLatestForVm(vm).orElseThrow()).getPhase() == phase) {
                return;
            }
            sleep();
        }
        throw new AssertionError("migration never reached " + phase);
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
