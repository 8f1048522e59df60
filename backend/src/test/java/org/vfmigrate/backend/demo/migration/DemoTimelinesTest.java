package org.vfmigrate.backend.demo.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/**
 * The demo's timeline from API answers: the window around the migrations, the phase markers where the job's steps
 * began (plug after the engine's migration time), and the lanes from each VM's data path.
 */
class DemoTimelinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void theWindowFramesTheMigrationsAndTheMarkersFollowTheSteps() {
        MigrationStatus failover = status(new DemoVm("failover-vm", "1", true), 0.2, 7.0, 4300);
        MigrationStatus legacy = status(new DemoVm("legacy-vm", "2", false), 0.0, 7.2, 4300);
        Map<String, JsonNode> paths = Map.of(
                "failover-vm", dataPath(9.0, "vf@-3", "virtio@2.4", "paused@6.4", "virtio@6.7", "vf@6.72"),
                "legacy-vm", dataPath(9.0, "vf@-3", "none@2.2", "vf@6.8"));

        Timeline t = DemoTimelines.build("title", "subtitle", List.of(failover, legacy), paths);

        assertThat(t.seconds()).as("a second before the first start to a second after the last end")
                .isCloseTo(9.2, within(1e-9));
        TimelineLane f = t.lanes().get(0);
        assertThat(f.vm()).isEqualTo("failover-vm");
        assertThat(f.nic()).isEqualTo("VF NIC with failover");
        assertThat(f.markers()).extracting(TimelineLane.Marker::label).containsExactly("unplug", "migrate", "plug");
        assertThat(f.markers()).extracting(TimelineLane.Marker::at)
                .containsExactly(1.25, 3.45, 7.75); // steps at 0.25 and 2.45, plug 4.3 s later, all + 1 s margin
        assertThat(f.segments()).extracting(TimelineLane.Segment::path).containsExactly(DataPath.VF, DataPath.VIRTIO,
                DataPath.PAUSED, DataPath.VIRTIO, DataPath.VF);
        assertThat(f.secondsOn(DataPath.NONE)).isZero();
        assertThat(t.lanes().get(1).secondsOn(DataPath.NONE)).isCloseTo(4.6, within(1e-9));
    }

    @Test
    void aDataPathReadBeforeTheMarginEndsTheWindowEarlier() {
        MigrationStatus only = status(new DemoVm("vm", "1", true), 0.0, 5.0, 3000);

        Timeline t = DemoTimelines.build("t", "s", List.of(only), Map.of("vm", dataPath(5.5, "vf@-2")));

        assertThat(t.seconds()).isCloseTo(6.5, within(1e-9));
    }

    /** A done migration that began at {@code start} s, its steps 0.05 s and 2.25 s later, ended at {@code end} s. */
    private static MigrationStatus status(DemoVm vm, double start, double end, long migrationMs) {
        ObjectNode m = JSON.createObjectNode().put("phase", "done").put("start_time", at(start))
                .put("end_time", at(end)).put("migration_ms", migrationMs);
        List<JsonNode> steps = List.of(step("unplugging_vfs", start + 0.05),
                step("migrating", start + 2.25), step("plugging_vfs", end - 0.01));
        return new MigrationStatus(vm, m, steps, "vf");
    }

    private static JsonNode step(String kind, double at) {
        return JSON.createObjectNode().put("type", "executing").put("kind", kind).put("start_time", at(at))
                .put("progress", 100);
    }

    /** Changes written {@code path@seconds}. */
    private static JsonNode dataPath(double readAt, String... changes) {
        ObjectNode d = JSON.createObjectNode().put("end_time", at(readAt));
        ArrayNode list = d.putArray("changes");
        for (String c : changes) {
            String[] parts = c.split("@");
            list.addObject().put("time", at(Double.parseDouble(parts[1]))).put("mac", "56:6f:00:00:00:01")
                    .put("path", parts[0]).put("failover", "true");
        }
        return d;
    }

    private static String at(double seconds) {
        return T.plusMillis(Math.round(seconds * 1000)).toString();
    }
}
