package org.vfmigrate.backend.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.migration.MigrationOrchestrator;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.dal.testing.TestDatabase;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Kind;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Operation;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * A VF that could not be plugged on the destination after a migration (its reservation kept) is plugged back
 * by the monitoring round once the host accepts it; a lasting failure is audited once.
 */
class MissingVfReplugIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    MigrationOrchestrator orchestrator;
    @Autowired
    MissingVfReplug replug;

    RunningVmFixture f;
    UUID destination;
    UUID vm;
    UUID nic;
    String name;
    JdbcTemplate jdbc;

    @BeforeEach
    void migratedWithoutItsVf() {
        jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        f = new RunningVmFixture(this, drivers);
        UUID source = f.host("src", 2);
        destination = f.host("dst", 2);
        name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        vm = vmUsing(f.cluster, name, f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
        f.faults(destination, new SimFault(Operation.HOT_PLUG, name, Kind.FAIL, 3, null, null));
        orchestrator.completion(runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destination))).join();
        assertThat(vfShown()).as("destination plug failed").isFalse();
        assertThat(reservation()).isEqualTo("RESERVED");
    }

    @Test
    void theKeptReservationIsPluggedBackOnceTheHostAcceptsIt() {
        assertThat(replug.replugAll()).isEqualTo(1);

        assertThat(vfShown()).isTrue();
        assertThat(reservation()).isEqualTo("ATTACHED");
        assertThat(jdbc.queryForObject("select bool_and(plugged) from vm_devices where vm_nic_id = ?", Boolean.class,
                nic)).isTrue();
        assertThat(audit()).extracting(a -> a.getLogType()).contains(AuditLogType.VM_INTERFACE_VF_PLUGGED_BACK);
        assertThat(replug.replug(vm)).as("nothing left to plug").isZero();
    }

    @Test
    void aLastingFailureIsAuditedOnceAndTheReservationKept() {
        f.faults(destination, new SimFault(Operation.HOT_PLUG, name, Kind.FAIL, 10, null, null));

        assertThat(replug.replug(vm)).isZero();
        assertThat(replug.replug(vm)).isZero();

        assertThat(vfShown()).isFalse();
        assertThat(reservation()).isEqualTo("RESERVED");
        assertThat(audit()).filteredOn(a -> a.getLogType() == AuditLogType.VM_INTERFACE_VF_PLUG_BACK_FAILED).hasSize(1);
        f.sim(destination).configure(SimSettings.ZERO_LATENCY);
        assertThat(replug.replug(vm)).isEqualTo(1);
        assertThat(reservation()).isEqualTo("ATTACHED");
    }

    @Test
    void aNicTheUserUnpluggedIsLeftAlone() {
        inTransaction(() -> {
            vmNicDao.get(nic).setPlugged(false);
            return null;
        });

        assertThat(replug.replug(vm)).isZero();
        assertThat(vfShown()).isFalse();
    }

    private boolean vfShown() {
        String live = f.sim(destination).liveXml(name);
        return live.substring(live.indexOf("<devices")).contains("\"" + NicAliases.primary(nic) + "\"");
    }

    private String reservation() {
        return jdbc.queryForObject("select reservation from host_devices where vm_nic_id = ? and host_id = ?",
                String.class, nic, destination);
    }
}
