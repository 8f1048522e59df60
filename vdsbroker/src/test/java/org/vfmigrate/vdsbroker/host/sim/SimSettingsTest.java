package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binding and validation of simulated-host settings from maps (JSON), YAML and properties. */
class SimSettingsTest {

    @Test
    void bindsTheDocumentedJsonShape() {
        SimSettings s = SimSettingsParser.fromMap(Map.of(
            "faults", List.of(Map.of("operation", "hot_plug", "vm", "demo-vm", "kind", "fail", "times", 1)),
            "unplug_ack_ms", 2000));
        assertThat(s.unplugAckMs()).isEqualTo(2000);
        assertThat(s.faults()).containsExactly(
            new SimFault(SimFault.Operation.HOT_PLUG, "demo-vm", SimFault.Kind.FAIL, 1, null, null));
        assertThat(s.migrationBandwidthMibps()).isZero();
    }

    @Test
    void aKeyGivenInBothSpellingsIsRefusedRatherThanOneSilentlyWinning() {
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("unplugAckMs", 1);
        both.put("unplug_ack_ms", 2);

        assertThatThrownBy(() -> SimSettingsParser.fromMap(both)).isInstanceOf(SimSettingsException.class)
            .hasMessageContaining("setting 'unplug_ack_ms' is given twice");
    }

    @Test
    void bindsYaml() {
        SimSettings s = SimSettingsParser.fromYaml("""
            unplug_ack_ms: 1500
            migration_bandwidth_mibps: 512
            stop_copy_downtime_ms: 120
            faults:
              - {operation: hot_unplug, vm: "*", kind: no_ack}
              - {operation: start, vm: vm1, kind: delay, delay_ms: 300, times: 2}
            guests:
              - {vm: win7, net_failover: false}
            """);
        assertThat(s.faults()).hasSize(2);
        assertThat(s.faults().get(1).times()).isEqualTo(2);
        assertThat(s.guest("win7").netFailover()).isFalse();
        assertThat(s.guest("other").netFailover()).isTrue();
        assertThat(s.stopCopyDowntimeMs()).isEqualTo(120);
    }

    @Test
    void bindsProperties() {
        Properties p = new Properties();
        p.setProperty("sim.unplug_ack_ms", "250");
        p.setProperty("sim.faults[0].operation", "migrate");
        p.setProperty("sim.faults[0].kind", "hang");
        p.setProperty("sim.faults[1].operation", "start");
        p.setProperty("sim.faults[1].kind", "fail");
        p.setProperty("sim.faults[1].vm", "vm9");
        p.setProperty("other.key", "ignored");
        SimSettings s = SimSettingsParser.fromProperties(p, "sim.");
        assertThat(s.unplugAckMs()).isEqualTo(250);
        assertThat(s.faults()).extracting(SimFault::kind).containsExactly(SimFault.Kind.HANG, SimFault.Kind.FAIL);
        assertThat(s.faults().get(0).vm()).isEqualTo("*");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "unplug_ack_ms: -1|unplug_ack_ms must be between 0 and 3600000, was -1",
        "stop_copy_downtime_ms: 70000|stop_copy_downtime_ms must be between 0 and 60000, was 70000",
        "unplug_ack_ms: soon|unplug_ack_ms must be a whole number, was 'soon'",
        "colour: blue|unknown setting 'colour'",
        "faults: [{operation: start, kind: delay}]|fault kind 'delay' needs delay_ms > 0",
        "faults: [{operation: start, kind: no_ack}]|fault kind 'no_ack' only applies to hot_unplug or migrate, not start",
        "faults: [{operation: reboot, kind: fail}]|unknown fault operation 'reboot', expected one of [start, hot_plug, hot_unplug, migrate]",
        "faults: [{operation: start, kind: explode}]|unknown fault kind 'explode'",
        "faults: [{operation: start, kind: fail, times: 0}]|fault times must be at least 1, was 0",
        "faults: [{kind: fail}]|fault operation is required",
        "faults: [{operation: start, kind: fail, delay_ms: 5}]|delay_ms is only valid with kind 'delay'",
        "faults: [{operation: start, kind: fail, vm: ''}]|fault vm must be a VM name or '*'"})
    void rejectsBadValuesWithClearMessages(String yaml, String message) {
        assertThatThrownBy(() -> SimSettingsParser.fromYaml(yaml)).isInstanceOf(SimSettingsException.class)
            .hasMessageContaining(message);
    }

    @Test
    void collectsEveryProblem() {
        assertThatThrownBy(() -> new SimSettings(null, -1L, -2L, -3L, null))
            .isInstanceOfSatisfying(SimSettingsException.class, e -> assertThat(e.problems()).hasSize(3));
    }
}
