package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * An engine that stopped between two phases of a migration leaves a persisted phase and hosts in some state;
 * recovery finishes or undoes it from both. Each test puts hosts and database exactly where a crash at that
 * point would leave them, then recovers. A VM that runs on neither host any more still gets its migration ended
 * (a migration left open would hold its VFs and the VM for good).
 */
class MigrationRecoveryIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    HostDeviceDao hostDeviceDao;
    @Autowired
    MigrationDao migrationDao;
    @Autowired
    MigrationRecovery recovery;

    RunningVmFixture f;
    UUID source;
    UUID destination;
    UUID vm;
    UUID nic;

    @BeforeEach
    void runningVmWithReservedDestination() {
        f = new RunningVmFixture(this, drivers);
        source = f.host("src", 2);
        destination = f.host("dst", 2);
        vm = vmUsing(f.cluster, "vm1", f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
    }

    @Test
    void crashAfterReservingIsUndoneAndTheReservationReleased() {
        UUID m = persistedMigration(MigrationPhase.RESERVED);

        assertThat(recovery.recover(m)).isEqualTo("undone");

        assertOnSourceWithVf(m);
    }

    @Test
    void crashAfterTheVfWasUnpluggedPlugsItBackOnTheSource() {
        UUID m = persistedMigration(MigrationPhase.UNPLUGGING);
        f.sim(source).unplugInterface("vm1", NicAliases.primary(nic), Duration.ofSeconds(5)).join();

        assertThat(recovery.recover(m)).isEqualTo("undone");

        assertOnSourceWithVf(m);
    }

    @Test
    void crashWhileTheHostFinishedMigratingIsFinishedOnTheDestination() {
        UUID m = persistedMigration(MigrationPhase.MIGRATING);
        f.sim(source).unplugInterface("vm1", NicAliases.primary(nic), Duration.ofSeconds(5)).join();
        String destinationUri = HostDrivers.migrationUri(inTransaction(() -> hostDao.get(destination)).getAddress());
        f.sim(source).migrate("vm1", MigrationRequest.to(destinationUri)).join();

        assertThat(recovery.recover(m)).isEqualTo("finished");

        Migration done = inTransaction(() -> migrationDao.get(m));
        assertThat(done.getPhase()).isEqualTo(MigrationPhase.DONE);
        Vm moved = inTransaction(() -> vmDao.get(vm));
        assertThat(moved.getRunOnHostId()).isEqualTo(destination);
        assertThat(moved.getStatus()).isEqualTo(VmStatus.UP);
        String devices = devicesOn(destination);
        assertThat(devices).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination).orElseThrow()).getReservation())
                .isEqualTo(VfReservation.ATTACHED);
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, source))).isEmpty();
    }

    @Test
    void aVmThatRunsOnNeitherHostStillHasItsMigrationUndoneAndTheReservationReleased() {
        UUID m = persistedMigration(MigrationPhase.UNPLUGGING);
        f.sim(source).destroy("vm1");
        f.sim(source).undefine("vm1");

        assertThat(recovery.recover(m)).isEqualTo("undone");

        Migration undone = inTransaction(() -> migrationDao.get(m));
        assertThat(undone.getPhase()).isEqualTo(MigrationPhase.UNDONE);
        assertThat(undone.getFinishedAt()).isNotNull();
        assertThat(inTransaction(() -> vmDao.get(vm)).getStatus()).as("no longer held as migrating")
                .isEqualTo(VmStatus.UP);
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination))).isEmpty();
    }

    private void assertOnSourceWithVf(UUID m) {
        assertThat(inTransaction(() -> migrationDao.get(m)).getPhase()).isEqualTo(MigrationPhase.UNDONE);
        Vm stayed = inTransaction(() -> vmDao.get(vm));
        assertThat(stayed.getRunOnHostId()).isEqualTo(source);
        assertThat(stayed.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(devicesOn(source)).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, destination))).isEmpty();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, source))).isPresent();
    }

    /** The database as MigrateVm and the first phases leave it: destination VF reserved, VM migrating. */
    private UUID persistedMigration(MigrationPhase phase) {
        return inTransaction(() -> {
            var network = f.sriovNet;
            hostDeviceDao.claimFreeVf(destination, network, vm, nic, VfReservation.RESERVED, Instant.now()).orElseThrow();
            Migration m = new Migration(UUID.randomUUID(), vm, source, destination, MigrationMode.ENGINE_MANAGED,
                    Instant.now());
            m.setPhase(phase);
            migrationDao.save(m);
            vmDao.get(vm).setStatus(VmStatus.MIGRATING);
            return m.getId();
        });
    }

    private String devicesOn(UUID host) {
        String live = f.sim(host).liveXml("vm1");
        return live.substring(live.indexOf("<devices"));
    }
}
