package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.backend.testing.SeparateEngine;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.dal.testing.TestDatabase;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Kind;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Operation;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * Crash points: an engine context carrying a migration is stopped between two persisted phases (a host call
 * that hangs holds it there), and a new context of the same engine — same data directory, same database, same
 * hosts — starts and recovers it: finished on the destination when the VM got there, undone otherwise. Each
 * test asserts the hosts, the VF holders and reservations in the database, and the audit entry.
 */
class MigrationCrashRecoveryIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    MigrationDao migrationDao;
    @Autowired
    ClusterDao clusterDao;

    RunningVmFixture f;
    UUID source;
    UUID destination;
    UUID vm;
    UUID nic;
    String name;
    Path engineDirectory;
    SeparateEngine engine;

    @BeforeEach
    void runningVm() throws Exception {
        f = new RunningVmFixture(this, drivers);
        source = f.host("src", 2);
        destination = f.host("dst", 2);
        name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        vm = vmUsing(f.cluster, name, f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
        engineDirectory = Files.createTempDirectory("vfmigrate-crash");
    }

    @AfterEach
    void stopEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void stoppedWhileUnpluggingIsUndoneOnTheSource() {
        f.faults(source, fault(Operation.HOT_UNPLUG, Kind.HANG));
        UUID m = migrateOnSeparateEngine();
        awaitPhase(m, MigrationPhase.UNPLUGGING);

        UUID restarted = crashAndRestart();

        assertUndone(m, restarted);
    }

    @Test
    void stoppedWhileMigratingIsUndoneAndTheVfPluggedBack() {
        f.faults(source, fault(Operation.MIGRATE, Kind.HANG));
        UUID m = migrateOnSeparateEngine();
        awaitPhase(m, MigrationPhase.MIGRATING);
        await(() -> !devicesOn(source).contains("\"" + NicAliases.primary(nic) + "\""), "VF unplugged on the source");

        UUID restarted = crashAndRestart();

        assertUndone(m, restarted);
    }

    @Test
    void stoppedWhilePluggingOnTheDestinationIsFinishedThere() {
        f.faults(destination, fault(Operation.HOT_PLUG, Kind.HANG));
        UUID m = migrateOnSeparateEngine();
        await(() -> f.sim(destination).runningDomains().contains(name), "VM arrived on the destination");
        assertThat(phase(m)).isEqualTo(MigrationPhase.MIGRATING);

        UUID restarted = crashAndRestart();

        Migration done = inTransaction(() -> migrationDao.get(m));
        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(done.getEngineId()).isEqualTo(restarted);
        Vm moved = inTransaction(() -> vmDao.get(vm));
        assertThat(moved.getRunOnHostId()).isEqualTo(destination);
        assertThat(moved.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(f.sim(source).runningDomains()).doesNotContain(name);
        assertThat(devicesOn(destination)).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(vfsHeld(destination, "ATTACHED")).isEqualTo(1);
        assertThat(vfsHeld(source, null)).isZero();
        assertThat(audit()).extracting(a -> a.getLogType()).contains(AuditLogType.VM_MIGRATION_DONE);
    }

    @Test
    void stoppedWhilePluggingBackOnTheSourceIsUndone() {
        f.faults(source, fault(Operation.MIGRATE, Kind.FAIL), fault(Operation.HOT_PLUG, Kind.HANG));
        UUID m = migrateOnSeparateEngine();
        awaitPhase(m, MigrationPhase.UNDOING);

        UUID restarted = crashAndRestart();

        assertUndone(m, restarted);
    }

    @Test
    void hypervisorManagedMigrationStoppedWhileMigratingIsUndone() {
        inTransaction(() -> {
            clusterDao.get(f.cluster).setMigrationMode(MigrationMode.HYPERVISOR_MANAGED);
            return null;
        });
        f.faults(source, fault(Operation.MIGRATE, Kind.HANG));
        UUID m = migrateOnSeparateEngine();
        awaitPhase(m, MigrationPhase.MIGRATING);

        UUID restarted = crashAndRestart();

        assertUndone(m, restarted);
    }

    private SimFault fault(Operation op, Kind kind) {
        return new SimFault(op, name, kind, 1, null, null);
    }

    private UUID migrateOnSeparateEngine() {
        engine = SeparateEngine.start(engineDirectory, drivers.simulation());
        var result = engine.bean(Backend.class).runAction(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));
        assertThat(result.getSucceeded()).as(result.toString()).isTrue();
        return result.getActionReturnValue();
    }

    /** Stops the engine where it is (the hung host call holds it), then starts it again; returns its id. */
    private UUID crashAndRestart() {
        engine.close();
        f.sim(source).configure(org.vfmigrate.vdsbroker.host.sim.SimSettings.ZERO_LATENCY);
        f.sim(destination).configure(org.vfmigrate.vdsbroker.host.sim.SimSettings.ZERO_LATENCY);
        engine = SeparateEngine.start(engineDirectory, drivers.simulation());
        return engine.bean(EngineLease.class).self();
    }

    private void assertUndone(UUID m, UUID restarted) {
        Migration undone = inTransaction(() -> migrationDao.get(m));
        assertThat(undone.getPhase()).isEqualTo(MigrationPhase.UNDONE);
        assertThat(undone.getEngineId()).isEqualTo(restarted);
        Vm stayed = inTransaction(() -> vmDao.get(vm));
        assertThat(stayed.getRunOnHostId()).isEqualTo(source);
        assertThat(stayed.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(f.sim(source).runningDomains()).contains(name);
        assertThat(f.sim(destination).runningDomains()).doesNotContain(name);
        assertThat(devicesOn(source)).contains("\"" + NicAliases.primary(nic) + "\"")
                .contains(NicAliases.failoverTwin(nic));
        assertThat(vfsHeld(source, "ATTACHED")).isEqualTo(1);
        assertThat(vfsHeld(destination, null)).isZero();
        // undone by the recovery of the restarted engine, not by the stopping one
        assertThat(audit()).filteredOn(a -> a.getLogType() == AuditLogType.VM_MIGRATION_FAILED)
                .extracting(a -> a.getMessage()).singleElement().asString().contains("while the engine was restarting");
    }

    private int vfsHeld(UUID host, String reservation) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        return reservation == null
                ? jdbc.queryForObject("select count(*) from host_devices where vm_nic_id = ? and host_id = ?",
                        Integer.class, nic, host)
                : jdbc.queryForObject("select count(*) from host_devices where vm_nic_id = ? and host_id = ? "
                        + "and reservation = ?", Integer.class, nic, host, reservation);
    }

    private MigrationPhase phase(UUID m) {
        return inTransaction(() -> migrationDao.get(m).getPhase());
    }

    private void awaitPhase(UUID m, MigrationPhase phase) {
        await(() -> phase(m) == phase, "phase " + phase);
    }

    private String devicesOn(UUID host) {
        String live = f.sim(host).liveXml(name);
        return live.substring(live.indexOf("<devices"));
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
