package org.vfmigrate.backend.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * A large installation, fast: hosts are added and activated through the commands (their inventory is what the
 * simulated host reports), one template VM with a failover NIC is added and started through the commands, and
 * every other VM is a copy of the rows the commands wrote for the template — the VM, its NIC, its MAC address,
 * the VF it holds (the next free VF of its host), its VF and failover-twin devices (aliases derived from the new
 * NIC id) and its audit entries — with fresh ids, names and MACs, inserted in JDBC batches. VMs are spread over
 * the hosts round-robin.
 */
final class ScaleDatabase {

    /** Tables copied per VM, in insert order, with the condition that picks the template VM's rows. */
    private static final Map<String, String> COPIED = new LinkedHashMap<>();

    static {
        COPIED.put("vms", "id = ?");
        COPIED.put("vm_interfaces", "vm_id = ?");
        COPIED.put("mac_addresses", "vm_nic_id in (select id from vm_interfaces where vm_id = ?)");
        COPIED.put("vm_devices", "vm_id = ?");
        COPIED.put("audit_log", "vm_id = ?");
    }

    private static final int BATCH = 500;

    private final BenchEngine engine;
    private final JdbcTemplate jdbc;
    private final List<UUID> hosts = new ArrayList<>();
    private final Map<UUID, String> hostNames = new HashMap<>();
    private final Map<UUID, Deque<UUID>> freeVfs = new HashMap<>();

    ScaleDatabase(BenchEngine engine) {
        this.engine = engine;
        this.jdbc = engine.jdbc();
    }

    /** {@code count} up simulated hosts with one PF of {@code vfs} VFs, through ADD_HOST and ACTIVATE_HOST. */
    List<UUID> addHosts(int count, int vfs) {
        for (int h = 0; h < count; h++) {
            String name = String.format("scale-host-%03d", h);
            UUID id = engine.run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, name,
                    "sim://" + name + "?vfs=" + vfs + "&networks=sriov-net&bridges=ovirtmgmt", engine.cluster)));
            engine.run(ActionType.ACTIVATE_HOST, new HostIdParameters(id));
            hosts.add(id);
            hostNames.put(id, name);
        }
        return hosts;
    }

    /**
     * {@code count} running VMs with one failover NIC each: the first through the commands, the others copied
     * from it. Returns the template VM's id.
     */
    UUID addVms(int count) throws SQLException {
        UUID template = engine.runningVm("scale-vm-00000", engine.failoverVf, hosts.get(0));
        for (UUID host : hosts) {
            freeVfs.put(host, new ArrayDeque<>(jdbc.queryForList("select id from host_devices where host_id = ? "
                    + "and physical_function_id is not null and reservation = 'FREE' order by pci_address",
                    UUID.class, host)));
        }
        Map<String, List<Map<String, Object>>> rows = templateRows(template);
        Map<String, Object> heldVf = jdbc.queryForMap("select * from host_devices where vm_id = ?", template);
        DataSource ds = TestDatabase.get().dataSource();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int from = 1; from < count; from += BATCH) {
                List<Copy> copies = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + BATCH); i++) {
                    copies.add(copyOf(template, rows, heldVf, i));
                }
                insert(c, rows, copies);
                holdVfs(c, heldVf, copies);
                c.commit();
            }
        }
        jdbc.execute("analyze");
        return template;
    }

    private Map<String, List<Map<String, Object>>> templateRows(UUID template) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (var table : COPIED.entrySet()) {
            List<Map<String, Object>> found = jdbc.queryForList("select * from " + table.getKey() + " where "
                    + table.getValue() + " order by 1", template);
            if (table.getKey().equals("audit_log")) {
                found.forEach(r -> r.remove("id")); // an identity: the database numbers the copies
            }
            rows.put(table.getKey(), found);
        }
        for (String untouched : List.of("jobs", "migrations")) {
            if (jdbc.queryForObject("select count(*) from " + untouched + " where vm_id = ?", Integer.class, template) > 0) {
                throw new IllegalStateException("the template VM has " + untouched + ", which are not copied");
            }
        }
        return rows;
    }

    /** What changes from the template to copy {@code index}: ids, names, MAC, host and VF. */
    private record Copy(Map<Object, Object> ids, Map<String, String> texts, UUID vf) {

        Object map(Object value) {
            if (value instanceof UUID id) {
                return ids.getOrDefault(id, id);
            }
            if (value instanceof String s) {
                for (var t : texts.entrySet()) {
                    s = s.replace(t.getKey(), t.getValue());
                }
                return s;
            }
            return value;
        }
    }

    private Copy copyOf(UUID template, Map<String, List<Map<String, Object>>> rows, Map<String, Object> heldVf,
            int index) {
        UUID host = hosts.get(index % hosts.size());
        UUID vf = freeVfs.get(host).poll();
        if (vf == null) {
            throw new IllegalStateException("host " + hostNames.get(host) + " has no free VF left");
        }
        Map<Object, Object> ids = new HashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        ids.put(template, UUID.randomUUID());
        ids.put(heldVf.get("id"), vf);
        ids.put(heldVf.get("host_id"), host);
        for (String table : List.of("vm_interfaces", "vm_devices")) {
            for (Map<String, Object> r : rows.get(table)) {
                UUID fresh = UUID.randomUUID();
                ids.put(r.get("id"), fresh);
                texts.put(r.get("id").toString(), fresh.toString());
            }
        }
        texts.put(template.toString(), ids.get(template).toString());
        texts.put("scale-vm-00000", String.format("scale-vm-%05d", index));
        texts.put(hostNames.get((UUID) heldVf.get("host_id")), hostNames.get(host));
        for (Map<String, Object> nic : rows.get("vm_interfaces")) {
            texts.put((String) nic.get("mac_address"), MacAddresses.scale(index));
        }
        return new Copy(ids, texts, vf);
    }

    private static void insert(Connection c, Map<String, List<Map<String, Object>>> rows, List<Copy> copies)
            throws SQLException {
        for (var table : rows.entrySet()) {
            if (table.getValue().isEmpty()) {
                continue;
            }
            List<String> columns = new ArrayList<>(table.getValue().get(0).keySet());
            String sql = "insert into " + table.getKey() + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", columns.stream().map(col -> "?").toList()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Copy copy : copies) {
                    for (Map<String, Object> row : table.getValue()) {
                        for (int i = 0; i < columns.size(); i++) {
                            ps.setObject(i + 1, copy.map(row.get(columns.get(i))));
                        }
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /** The VF each copy holds, in the state the template's VF is in. */
    private static void holdVfs(Connection c, Map<String, Object> heldVf, List<Copy> copies) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update host_devices set vm_id = ?, vm_nic_id = ?, "
                + "reservation = ?, reserved_at = ?, version = ? where id = ? and reservation = 'FREE'")) {
            for (Copy copy : copies) {
                ps.setObject(1, copy.map(heldVf.get("vm_id")));
                ps.setObject(2, copy.map(heldVf.get("vm_nic_id")));
                ps.setObject(3, heldVf.get("reservation"));
                ps.setObject(4, heldVf.get("reserved_at"));
                ps.setObject(5, heldVf.get("version"));
                ps.setObject(6, copy.vf());
                ps.addBatch();
            }
            for (int updated : ps.executeBatch()) {
                if (updated != 1) {
                    throw new IllegalStateException("a VF meant for a copied VM was not free");
                }
            }
        }
    }

    /** MAC addresses of the copies: inside the engine's pool prefix, one per index, far from random picks. */
    static final class MacAddresses {

        private MacAddresses() {
        }

        static String scale(int index) {
            String hex = String.format("%08x", 0xbe000000L + index);
            return "56:6f:" + hex.substring(0, 2) + ":" + hex.substring(2, 4) + ":" + hex.substring(4, 6) + ":"
                    + hex.substring(6, 8);
        }
    }
}
