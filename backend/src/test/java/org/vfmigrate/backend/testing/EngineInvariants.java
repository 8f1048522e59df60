package org.vfmigrate.backend.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * The invariants every engine state must satisfy once migrations have settled, checked against the database and
 * the hosts' truth: each up VM runs exactly once, where the database says; a NIC holds VFs only on its VM's host,
 * at most one; every plugged VF NIC of an up VM holds one; no VF reservation outlives its migration; every
 * migration is done or undone; the VF of every plugged VF NIC is on its host; every outcome has its audit entry.
 * Returns the violations, empty when all hold.
 */
public final class EngineInvariants {

    /** What the hosts say. */
    public interface HostTruth {
        /** The names of the domains running on the host at {@code address}. */
        List<String> runningDomains(String address);

        /** The live domain XML of a VM on the host. */
        String liveXml(String address, String vmName);
    }

    private final JdbcTemplate jdbc;
    private final HostTruth hosts;

    public EngineInvariants(DataSource database, HostTruth hosts) {
        this.jdbc = new JdbcTemplate(database);
        this.hosts = hosts;
    }

    public List<String> violations() {
        List<String> v = new ArrayList<>();
        vmsRunExactlyOnce(v);
        vfHolders(v);
        count(v, "unfinished migrations", "select count(*) from migrations where phase not in ('DONE', 'UNDONE')");
        count(v, "VF reservations without an unfinished migration", """
                select count(*) from host_devices d where d.reservation = 'RESERVED' and not exists (
                  select 1 from migrations m where m.vm_id = d.vm_id and m.phase not in ('DONE', 'UNDONE'))""");
        pluggedVfsPresent(v);
        count(v, "done migrations without a VM_MIGRATION_DONE entry", """
                select count(*) from (select vm_id, count(*) n from migrations where phase = 'DONE' group by vm_id) m
                where m.n > (select count(*) from audit_log a where a.vm_id = m.vm_id and a.log_type = 'VM_MIGRATION_DONE')""");
        count(v, "undone migrations without a VM_MIGRATION_FAILED entry", """
                select count(*) from (select vm_id, count(*) n from migrations where phase = 'UNDONE' group by vm_id) m
                where m.n > (select count(*) from audit_log a where a.vm_id = m.vm_id
                             and a.log_type = 'VM_MIGRATION_FAILED')""");
        return v;
    }

    private void vmsRunExactlyOnce(List<String> v) {
        List<Map<String, Object>> hostRows = jdbc.queryForList("select id, address from hosts");
        Map<UUID, List<String>> running = new java.util.HashMap<>();
        for (Map<String, Object> h : hostRows) {
            running.put((UUID) h.get("id"), hosts.runningDomains((String) h.get("address")));
        }
        for (Map<String, Object> vm : jdbc.queryForList("select name, status, run_on_host_id from vms")) {
            String name = (String) vm.get("name");
            long copies = running.values().stream().filter(names -> names.contains(name)).count();
            boolean up = !"DOWN".equals(vm.get("status"));
            if (up && copies != 1) {
                v.add("VM " + name + " (" + vm.get("status") + ") runs " + copies + " times");
            } else if (!up && copies != 0) {
                v.add("VM " + name + " is down but runs " + copies + " times");
            }
            UUID host = (UUID) vm.get("run_on_host_id");
            if (up && copies == 1 && (host == null || !running.get(host).contains(name))) {
                v.add("VM " + name + " does not run where the database says (" + host + ")");
            }
        }
    }

    private void vfHolders(List<String> v) {
        count(v, "NICs holding more than one VF", """
                select count(*) from (select vm_nic_id from host_devices where vm_nic_id is not null
                                      group by vm_nic_id having count(*) > 1) x""");
        List<String> away = jdbc.query("""
                select vm.name vm, n.name nic, n.plugged, h.name host, d.reservation, d.pci_address
                from host_devices d join vms vm on vm.id = d.vm_id join vm_interfaces n on n.id = d.vm_nic_id
                join hosts h on h.id = d.host_id
                where d.vm_nic_id is not null and d.host_id is distinct from vm.run_on_host_id order by vm.name""",
                (rs, i) -> rs.getString("vm") + "/" + rs.getString("nic") + (rs.getBoolean("plugged") ? " (plugged)"
                        : " (unplugged)") + " " + rs.getString("reservation") + " " + rs.getString("pci_address")
                        + " on " + rs.getString("host"));
        if (!away.isEmpty()) {
            v.add(away.size() + " VFs held away from their VM's host: " + String.join(", ", away));
        }
        List<String> without = jdbc.query("""
                select vm.name vm, n.name nic from vm_interfaces n join vms vm on vm.id = n.vm_id
                join vnic_profiles p on p.id = n.vnic_profile_id
                where vm.status = 'UP' and n.plugged and p.passthrough and not exists (
                  select 1 from host_devices d where d.vm_nic_id = n.id and d.host_id = vm.run_on_host_id)
                order by vm.name""", (rs, i) -> rs.getString("vm") + "/" + rs.getString("nic"));
        if (!without.isEmpty()) {
            v.add(without.size() + " plugged VF NICs of up VMs holding no VF on the VM's host: "
                    + String.join(", ", without));
        }
    }

    private void pluggedVfsPresent(List<String> v) {
        for (Map<String, Object> row : jdbc.queryForList("""
                select vm.name, h.address, d.vm_nic_id from host_devices d join vms vm on vm.id = d.vm_id
                join hosts h on h.id = d.host_id join vm_interfaces n on n.id = d.vm_nic_id
                where n.plugged and vm.status = 'UP' and d.host_id = vm.run_on_host_id""")) {
            String xml = hosts.liveXml((String) row.get("address"), (String) row.get("name"));
            String alias = NicAliases.primary((UUID) row.get("vm_nic_id"));
            if (!xml.substring(Math.max(0, xml.indexOf("<devices"))).contains("\"" + alias + "\"")) {
                v.add("the VF " + alias + " of VM " + row.get("name") + " is not plugged on its host");
            }
        }
    }

    private void count(List<String> v, String what, String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        if (n != null && n > 0) {
            v.add(n + " " + what);
        }
    }
}
