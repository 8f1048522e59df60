package org.vfmigrate.backend.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements are listed by verb and table, as Hibernate and the DAOs' native SQL write them. */
class StatementKindsTest {

    @Test
    void aStatementIsNamedByItsVerbAndTable() {
        assertThat(StatementKinds.kindOf("select v1_0.id,v1_0.name from vms v1_0 where v1_0.id=?")).isEqualTo("select vms");
        assertThat(StatementKinds.kindOf("insert into audit_log (cluster_id,log_time) values (?,?)"))
                .isEqualTo("insert audit_log");
        assertThat(StatementKinds.kindOf("update migrations set phase=?,version=? where id=? and version=?"))
                .isEqualTo("update migrations");
        assertThat(StatementKinds.kindOf("delete from host_device_networks where host_device_id = ?"))
                .isEqualTo("delete host_device_networks");
        assertThat(StatementKinds.kindOf("update host_devices set vm_id = ? where id = (select d.id from host_devices d "
                + "join host_device_networks n on n.host_device_id = d.physical_function_id)")).isEqualTo("update host_devices");
        assertThat(StatementKinds.kindOf("select pg_try_advisory_xact_lock(?, hashtext(?))"))
                .isEqualTo("select pg_try_advisory_xact_lock");
        assertThat(StatementKinds.kindOf("  SELECT n.host_device_id FROM host_device_networks n JOIN host_devices d"))
                .isEqualTo("select host_device_networks");
    }

    @Test
    void kindsAreCountedMostFrequentFirst() {
        assertThat(StatementKinds.count(List.of("select * from vms", "update vms set a=?", "select * from vms",
                "select * from hosts")))
                .containsExactly(java.util.Map.entry("select vms", 2), java.util.Map.entry("select hosts", 1),
                        java.util.Map.entry("update vms", 1));
    }
}
