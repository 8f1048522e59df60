package org.vfmigrate.backend.restapi.hostile;

import static org.vfmigrate.backend.restapi.hostile.HostileStrings.pick;

import java.util.List;
import java.util.Random;
import org.vfmigrate.backend.restapi.hostile.HostileValues.Variant;
import org.vfmigrate.backend.restapi.hostile.ValidBodies.Document;

/**
 * Simulated-host settings the engine must refuse: unknown keys, numbers that are not numbers or out of range,
 * lists that are not lists, nulls where an entry is needed, unknown operations and kinds, keys given twice, and
 * text that XML cannot carry (a setting written in JSON must still be readable in XML).
 */
final class SimulationValues {

    private static final List<String> JSON = List.of(
            "{\"unknown_key\": 1}", "{\"unplug_ack_ms\": -1}", "{\"unplug_ack_ms\": \"x\"}",
            "{\"unplug_ack_ms\": 1e308}", "{\"unplug_ack_ms\": 3600001}", "{\"stop_copy_downtime_ms\": 60001}",
            "{\"migration_bandwidth_mibps\": {\"a\": 1}}", "{\"migration_bandwidth_mibps\": [1]}",
            "{\"faults\": \"x\"}", "{\"faults\": [null]}", "{\"faults\": [1]}", "{\"faults\": {\"operation\": \"hot_plug\"}}",
            "{\"faults\": [{\"operation\": \"explode\", \"kind\": \"fail\"}]}",
            "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"x\"}]}",
            "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"fail\", \"times\": 1e10}]}",
            "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"fail\", \"times\": -3}]}",
            "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"fail\", \"delay_ms\": -1}]}",
            "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"fail\", \"vm\": \"a\\u0000b\"}]}",
            "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"fail\", \"message\": \"\\ud800\"}]}",
            "{\"faults\": [{\"operation\": null, \"kind\": \"fail\"}]}",
            "{\"guests\": [null]}", "{\"guests\": [{\"vm\": null}]}", "{\"guests\": [{}]}",
            "{\"guests\": [{\"vm\": \"x\", \"net_failover\": \"maybe\"}]}",
            "{\"guests\": [{\"vm\": \"x\", \"convergence_downtime_ms\": -5}]}",
            "{\"guests\": [{\"vm\": \"\\u0001\"}]}", "{\"\\u0000\": 1}", "{\"unplugAckMs\": \"1\", \"unplug_ack_ms\": \"2\"}");

    private static final List<String> XML = List.of(
            "<simulation><unknown_key>1</unknown_key></simulation>",
            "<simulation><unplug_ack_ms>-1</unplug_ack_ms></simulation>",
            "<simulation><unplug_ack_ms>1</unplug_ack_ms><unplug_ack_ms>2</unplug_ack_ms></simulation>",
            "<simulation><unplug_ack_ms><x>1</x></unplug_ack_ms></simulation>",
            "<simulation><faults><x/></faults></simulation>",
            "<simulation><faults><fault><operation>explode</operation><kind>fail</kind></fault></faults></simulation>",
            "<simulation><faults><fault><operation>hot_plug</operation></fault></faults></simulation>",
            "<simulation><guests><guest><vm>x</vm><hotplug>perhaps</hotplug></guest></guests></simulation>",
            "<simulation><guests><guest/></guests></simulation>",
            "<simulation><stop_copy_downtime_ms>99999999999999999999</stop_copy_downtime_ms></simulation>");

    private SimulationValues() {
    }

    static Variant any(Random random) {
        if (random.nextBoolean()) {
            String body = pick(random, JSON);
            return new Variant("simulation-json", new Document(HostileBodies.JSON, body));
        }
        return new Variant("simulation-xml", new Document(HostileBodies.XML, pick(random, XML)));
    }
}
