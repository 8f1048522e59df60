package org.vfmigrate.backend.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmDeviceRole;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.dal.testing.TestDatabase;
import org.vfmigrate.vdsbroker.host.sim.SimHost;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;

/**
 * Device monitoring against a simulated host changed behind the engine's back: a failover twin removed and put
 * back (twins share their VF's MAC, so matching is by alias and MAC), and an interface nobody manages.
 */
class DeviceMonitorIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    DeviceMonitor monitor;
    @Autowired
    VmDeviceDao vmDeviceDao;
    @Autowired
    VmDescriptionFactory descriptions;

    @Test
    void aTwinThatDisappearsAndComesBackIsRecordedAndReportedOnce() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 2);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));
        VmNic nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0));
        SimHost sim = f.sim(host);

        sim.unplugInterface("vm1", NicAliases.failoverTwin(nic.getId()), Duration.ofSeconds(5)).join();
        assertThat(monitor.refresh(vm)).isTrue();
        monitor.refresh(vm);

        assertThat(twin(vm).isPlugged()).isFalse();
        assertThat(vf(vm).isPlugged()).isTrue();
        List<AuditLog> missing = entries(AuditLogType.VM_INTERFACE_DEVICE_MISSING);
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).getMessage()).isEqualTo("Device " + NicAliases.failoverTwin(nic.getId())
                + " of interface nic1 of VM vm1 is missing on host h1.");

        VmNicDescription d = inTransaction(() -> descriptions.describe(nic, host));
        sim.plugInterface("vm1", new HotplugXmlBuilder().failoverTwinXml(d)).join();
        monitor.refresh(vm);

        assertThat(twin(vm).isPlugged()).isTrue();
        assertThat(entries(AuditLogType.VM_INTERFACE_DEVICE_BACK)).hasSize(1);
    }

    @Test
    void aRoundThatFindsNothingNewWritesNothing() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 2);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));
        monitor.refresh(vm);
        List<Map<String, Object>> before = rowsWrittenBySync(vm);

        assertThat(monitor.refresh(vm)).isTrue();
        monitor.refresh(vm);

        assertThat(rowsWrittenBySync(vm)).isEqualTo(before);
        assertThat(before.get(0)).containsEntry("reservation", "ATTACHED");
    }

    /** The VM's held VF and its devices, with their row versions: what a sync would touch. */
    private List<Map<String, Object>> rowsWrittenBySync(UUID vm) {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("select id, reservation, reserved_at, "
                + "version from host_devices where vm_id = ?", vm));
        rows.addAll(jdbc.queryForList("select id, plugged, host_device_id, version from vm_devices where vm_id = ? "
                + "order by role", vm));
        return rows;
    }

    @Test
    void anInterfaceNobodyManagesIsReportedOnce() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 2);
        UUID vm = vmUsing(f.cluster, "vm1", f.mgmt);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));

        f.sim(host).plugInterface("vm1", "<interface type=\"bridge\"><mac address=\"56:6f:ff:00:00:01\"/>"
                + "<source bridge=\"ovirtmgmt\"/><model type=\"virtio\"/><alias name=\"ua-stranger\"/></interface>").join();
        monitor.refresh(vm);
        monitor.refresh(vm);

        List<AuditLog> unmanaged = entries(AuditLogType.VM_UNMANAGED_INTERFACE);
        assertThat(unmanaged).hasSize(1);
        assertThat(unmanaged.get(0).getMessage()).contains("ua-stranger").contains("56:6f:ff:00:00:01");
    }

    private VmDevice twin(UUID vm) {
        return device(vm, VmDeviceRole.FAILOVER_TWIN);
    }

    private VmDevice vf(UUID vm) {
        return device(vm, VmDeviceRole.VF);
    }

    private VmDevice device(UUID vm, VmDeviceRole role) {
        return inTransaction(() -> vmDeviceDao.getAllForVm(vm).stream().filter(d -> d.getRole() == role)
                .findFirst().orElseThrow());
    }

    private List<AuditLog> entries(AuditLogType type) {
        return audit().stream().filter(a -> a.getLogType() == type).toList();
    }
}
