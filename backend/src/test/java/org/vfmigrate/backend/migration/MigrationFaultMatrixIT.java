package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
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
 * The fault matrix: each host operation of a migration (source unplug, migrate, destination plug, source re-plug)
 * failing in each way (error, hang, guest never acknowledging) in each mode. Every cell checks where the VM runs
 * (on exactly one host, the one the database names), which devices it has, who holds which VF, that the migration
 * ended, and that its outcome is in the audit log — and that no VF is held twice.
 */
class MigrationFaultMatrixIT extends EngineTestBase {

    /** Where the VM should end up and with which devices. */
    enum Outcome {
        ON_SOURCE_WITH_VF, ON_DESTINATION_WITH_VF, ON_DESTINATION_TWIN_ONLY, ON_SOURCE_TWIN_ONLY
    }

    @Autowired
    HostDrivers drivers;
    @Autowired
    MigrationDao migrationDao;
    @Autowired
    ClusterDao clusterDao;

    static Stream<Arguments> cells() {
        return Stream.of(
                cell(MigrationMode.ENGINE_MANAGED, false, Operation.HOT_UNPLUG, Kind.FAIL, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.ENGINE_MANAGED, false, Operation.HOT_UNPLUG, Kind.HANG, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.ENGINE_MANAGED, false, Operation.HOT_UNPLUG, Kind.NO_ACK, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.ENGINE_MANAGED, false, Operation.MIGRATE, Kind.FAIL, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.ENGINE_MANAGED, false, Operation.MIGRATE, Kind.HANG, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.ENGINE_MANAGED, true, Operation.HOT_PLUG, Kind.FAIL, 3, Outcome.ON_DESTINATION_TWIN_ONLY),
                cell(MigrationMode.ENGINE_MANAGED, true, Operation.HOT_PLUG, Kind.HANG, 3, Outcome.ON_DESTINATION_TWIN_ONLY),
                cell(MigrationMode.ENGINE_MANAGED, false, null, Kind.FAIL, 1, Outcome.ON_SOURCE_TWIN_ONLY),
                cell(MigrationMode.HYPERVISOR_MANAGED, false, Operation.MIGRATE, Kind.FAIL, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.HYPERVISOR_MANAGED, false, Operation.MIGRATE, Kind.HANG, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.HYPERVISOR_MANAGED, false, Operation.MIGRATE, Kind.NO_ACK, 1, Outcome.ON_SOURCE_WITH_VF),
                cell(MigrationMode.HYPERVISOR_MANAGED, false, null, Kind.PASS, 1, Outcome.ON_DESTINATION_WITH_VF));
    }

    /** {@code op == null}: for FAIL, the source re-plug after a failed migration; for PASS, no fault at all. */
    private static Arguments cell(MigrationMode mode, boolean onDestination, Operation op, Kind kind, int times,
            Outcome outcome) {
        return Arguments.of(mode, onDestination, op, kind, times, outcome);
    }

    @ParameterizedTest(name = "{0}: {2} {3} (on the destination: {1}) -> {5}")
    @MethodSource("cells")
    void everyFaultEndsInAConsistentState(MigrationMode mode, boolean onDestination, Operation op, Kind kind, int times,
            Outcome outcome) {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        inTransaction(() -> {
            clusterDao.get(f.cluster).setMigrationMode(mode);
            return null;
        });
        UUID source = f.host("src", 2);
        UUID destination = f.host("dst", 2);
        String name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        UUID vm = vmUsing(f.cluster, name, f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        UUID nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
        if (op != null) {
            f.faults(onDestination ? destination : source, new SimFault(op, name, kind, times, null, null));
        } else if (kind == Kind.FAIL) {
            // the migration fails, and so does every attempt to plug the VF back on the source
            f.faults(source, new SimFault(Operation.MIGRATE, name, Kind.FAIL, 1, null, null),
                    new SimFault(Operation.HOT_PLUG, name, Kind.FAIL, 5, null, null));
        }

        runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));
        Migration m = waitForFinish(vm);

        boolean onDest = outcome == Outcome.ON_DESTINATION_WITH_VF || outcome == Outcome.ON_DESTINATION_TWIN_ONLY;
        UUID finalHost = onDest ? destination : source;
        UUID otherHost = onDest ? source : destination;
        assertThat(m.getPhase()).isEqualTo(onDest ? MigrationPhase.DONE : MigrationPhase.UNDONE);
        Vm stored = inTransaction(() -> vmDao.get(vm));
        assertThat(stored.getRunOnHostId()).isEqualTo(finalHost);
        assertThat(stored.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(f.sim(finalHost).runningDomains()).contains(name);
        assertThat(f.sim(otherHost).runningDomains()).doesNotContain(name);
        String devices = devices(f, finalHost, name);
        assertThat(devices).contains(NicAliases.failoverTwin(nic));
        boolean vfExpected = outcome == Outcome.ON_SOURCE_WITH_VF || outcome == Outcome.ON_DESTINATION_WITH_VF;
        assertThat(devices.contains("\"" + NicAliases.primary(nic) + "\"")).isEqualTo(vfExpected);
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        Integer attachedOnFinal = jdbc.queryForObject("select count(*) from host_devices where vm_nic_id = ? and "
                + "host_id = ? and reservation = 'ATTACHED'", Integer.class, nic, finalHost);
        assertThat(attachedOnFinal).isEqualTo(vfExpected ? 1 : 0);
        Integer heldOnOther = jdbc.queryForObject("select count(*) from host_devices where vm_nic_id = ? and host_id = ?",
                Integer.class, nic, otherHost);
        assertThat(heldOnOther).isZero();
        if (outcome == Outcome.ON_DESTINATION_TWIN_ONLY) {
            assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_nic_id = ? and host_id = ? and "
                    + "reservation = 'RESERVED'", Integer.class, nic, finalHost)).as("reservation kept").isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) - count(distinct (vm_nic_id, host_id)) from host_devices "
                + "where vm_nic_id is not null", Integer.class)).isZero();
        assertThat(audit().stream().map(a -> a.getLogType()))
                .contains(onDest ? AuditLogType.VM_MIGRATION_DONE : AuditLogType.VM_MIGRATION_FAILED);
    }

    private static String devices(RunningVmFixture f, UUID host, String name) {
        String live = f.sim(host).liveXml(name);
        return live.substring(live.indexOf("<devices"));
    }

    private Migration waitForFinish(UUID vm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Migration m = inTransaction(() -> migrationDao.getLatestForVm(vm).orElseThrow());
            if (m.getPhase().isFinished()) {
                return m;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("migration did not finish");
    }
}
