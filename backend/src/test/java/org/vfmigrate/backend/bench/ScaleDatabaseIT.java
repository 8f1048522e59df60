package org.vfmigrate.backend.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;

/**
 * The scale benchmark's copied VMs are what the commands would have written: a copy's rows equal, but for ids,
 * names and MACs, those of a VM added and started through the commands on the same host; after an engine
 * restart the simulated hosts run every copy with the VF it holds, and a copy migrates and stops like any VM.
 */
class ScaleDatabaseIT {

    private final JdbcTemplate jdbc = BenchEngine.database();

    @Test
    void copiedVmsMatchCommandWrittenOnesAndRunAfterARestart() throws Exception {
        List<UUID> hosts;
        UUID reference;
        try (BenchEngine first = new BenchEngine("3600000")) {
            ScaleDatabase db = new ScaleDatabase(first);
            hosts = db.addHosts(2, 4);
            db.addVms(5);
            reference = first.runningVm("reference-vm", first.failoverVf, hosts.get(1));
            UUID copy = vmId("scale-vm-00003"); // the copies alternate between the hosts: 1, 3 on host 1
            assertThat(rowsOf(copy)).isEqualTo(rowsOf(reference));
            assertThat(jdbc.queryForList("select message from audit_log where vm_id = ?", String.class, copy))
                    .isNotEmpty().allMatch(m -> m.contains("scale-vm-00003") && !m.contains("scale-vm-00000"));
            assertThat(jdbc.queryForObject("select count(*) from vms where status = 'UP'", Integer.class)).isEqualTo(6);
            assertThat(jdbc.queryForObject("select count(distinct mac_address) from mac_addresses", Integer.class))
                    .isEqualTo(6);
            first.stop();

            try (BenchEngine restarted = BenchEngine.onExistingData()) {
                for (String name : List.of("scale-vm-00000", "scale-vm-00001", "scale-vm-00002", "scale-vm-00003",
                        "scale-vm-00004", "reference-vm")) {
                    assertRunsWithItsVf(restarted, name);
                }
                UUID copy3 = vmId("scale-vm-00003");
                UUID migration = restarted.run(ActionType.MIGRATE_VM, new MigrateVmParameters(copy3, hosts.get(0)));
                restarted.orchestrator.completion(migration).join();
                assertThat(jdbc.queryForObject("select phase from migrations where id = ?", String.class, migration))
                        .isEqualTo("DONE");
                assertRunsWithItsVf(restarted, "scale-vm-00003");
                restarted.run(ActionType.STOP_VM, VmIdParameters.of(copy3));
                assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_id = ?", Integer.class, copy3))
                        .isZero();
            }
        }
    }

    private UUID vmId(String name) {
        return jdbc.queryForObject("select id from vms where name = ?", UUID.class, name);
    }

    /** The VM's host runs it, and the VF its NIC holds in the database is the one in its live XML, with the twin. */
    private void assertRunsWithItsVf(BenchEngine engine, String name) {
        Map<String, Object> held = jdbc.queryForMap("select h.address, d.pci_address, n.id nic from vms v "
                + "join hosts h on h.id = v.run_on_host_id join vm_interfaces n on n.vm_id = v.id "
                + "join host_devices d on d.vm_nic_id = n.id and d.host_id = h.id where v.name = ?", name);
        var host = engine.drivers.simulated((String) held.get("address")).orElseThrow();
        assertThat(host.runningDomains()).contains(name);
        Xml live = Xml.parse(host.liveXml(name));
        String[] pci = ((String) held.get("pci_address")).split("[:.]"); // 0000:3b:02.1
        assertThat(live.count("//interface[@type='hostdev']/source/address[@domain='0x" + pci[0] + "' and @bus='0x"
                + pci[1] + "' and @slot='0x" + pci[2] + "' and @function='0x" + pci[3] + "']")).isEqualTo(1);
        assertThat(live.count("//interface[alias/@name='ua-fo-" + held.get("nic") + "']")).isEqualTo(1);
    }

    /**
     * The VM's rows in every table the commands wrote, without what differs from VM to VM by design: ids, names,
     * MACs, times and the numbering of audit entries. Ids the rows point to are kept when they are shared (host,
     * cluster, profile) and replaced by their role otherwise.
     */
    private List<Object> rowsOf(UUID vm) {
        Map<String, Object> v = jdbc.queryForMap("select cluster_id, memory_mib, vcpus, os_type, status, run_on_host_id, "
                + "migration_policy, version from vms where id = ?", vm);
        List<Map<String, Object>> nics = jdbc.queryForList("select vnic_profile_id, plugged, linked, type, version "
                + "from vm_interfaces where vm_id = ? order by name", vm);
        List<Map<String, Object>> devices = jdbc.queryForList("select d.role, d.plugged, d.version, "
                + "d.alias = 'ua-' || n.id or d.alias = 'ua-fo-' || n.id alias_of_its_nic, "
                + "h.vm_nic_id = n.id holds_its_nics_vf from vm_devices d join vm_interfaces n on n.id = d.vm_nic_id "
                + "left join host_devices h on h.id = d.host_device_id where d.vm_id = ? order by d.role", vm);
        List<Map<String, Object>> vfs = jdbc.queryForList("select d.host_id, d.reservation, d.version, "
                + "d.physical_function_id is not null is_vf, d.vm_nic_id in (select id from vm_interfaces where vm_id = ?) "
                + "held_by_its_nic from host_devices d where d.vm_id = ?", vm, vm);
        List<Map<String, Object>> macs = jdbc.queryForList("select m.data_center_id, m.mac_address = n.mac_address same_mac "
                + "from mac_addresses m join vm_interfaces n on n.id = m.vm_nic_id where n.vm_id = ?", vm);
        List<Map<String, Object>> audit = jdbc.queryForList("select log_type, severity, user_name, cluster_id, host_id "
                + "from audit_log where vm_id = ? order by id", vm);
        return List.of(v, nics, devices, vfs, macs, audit);
    }
}
