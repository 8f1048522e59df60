package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.vdsbroker.host.sim.SimGuest;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * The migration policy's downtime schedule on the host: a guest whose dirty rate needs more stop-and-copy downtime
 * than the policy starts with converges once the engine has stepped the allowed downtime up far enough; one that
 * needs more than the policy's largest downtime is aborted at the convergence bound and undone. (Tests step every
 * 300 ms and bound migrations at 3 s.)
 */
class DowntimeSteppingIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    MigrationDao migrationDao;
    @Autowired
    MigrationOrchestrator orchestrator;

    RunningVmFixture f;
    UUID source;
    UUID destination;
    UUID vm;
    String name;

    @BeforeEach
    void runningVm() {
        f = new RunningVmFixture(this, drivers);
        source = f.host("src", 2);
        destination = f.host("dst", 2);
        name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        vm = vmUsing(f.cluster, name, f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
    }

    @Test
    void minimalDowntimeStepsUpUntilTheGuestConverges() {
        guestNeeds(300);

        Migration m = migrate("minimal_downtime");

        assertThat(m.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(m.getDowntimeMs()).isEqualTo(300);
        assertThat(f.sim(destination).runningDomains()).contains(name);
    }

    @Test
    void aGuestThatNeedsMoreThanThePolicysLargestDowntimeIsAbortedAndUndone() {
        guestNeeds(800);

        Migration m = migrate("minimal_downtime");

        assertThat(m.getPhase()).isEqualTo(MigrationPhase.UNDONE);
        assertThat(m.getFailure()).contains("did not converge").contains("500 ms");
        assertThat(f.sim(source).runningDomains()).contains(name);
        assertThat(f.sim(destination).runningDomains()).doesNotContain(name);
        UUID nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
        String live = f.sim(source).liveXml(name);
        assertThat(live.substring(live.indexOf("<devices"))).contains("\"" + NicAliases.primary(nic) + "\"");
    }

    @Test
    void suspendWorkloadAllowsSeveralSecondsOfDowntime() {
        guestNeeds(1000);

        Migration m = migrate("suspend_workload");

        assertThat(m.getPhase()).isEqualTo(MigrationPhase.DONE);
        assertThat(m.getDowntimeMs()).isEqualTo(1000);
    }

    private void guestNeeds(long downtimeMs) {
        f.sim(source).configure(SimSettings.ZERO_LATENCY.withGuests(List.of(new SimGuest(name, true, true, downtimeMs))));
    }

    private Migration migrate(String policy) {
        inTransaction(() -> {
            vmDao.get(vm).setMigrationPolicy(policy);
            return null;
        });
        UUID id = runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination));
        orchestrator.completion(id).join();
        return inTransaction(() -> migrationDao.get(id));
    }
}
