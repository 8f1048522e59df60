package org.vfmigrate.backend.demo.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/**
 * Builds the demo's {@link Timeline} from what the API answered: each VM's data path ({@code /vms/{id}/datapath})
 * and the phase markers from the engine's migration statistics — unplug at the start, migrate after
 * {@code unplug_ms}, plug after {@code migration_ms} more (the job's plugging step is opened only once the plug
 * has been requested, so its start would come late). The window runs from a second before the first migration
 * began to a second after the last one ended.
 */
final class DemoTimelines {

    static final long MARGIN_MS = 1000;

    private DemoTimelines() {
    }

    /**
     * @param dataPaths each VM's {@code data_path} answer by VM name, read at least {@link #MARGIN_MS} after the
     *        last migration ended
     */
    static Timeline build(String title, String subtitle, List<MigrationStatus> finished,
            Map<String, JsonNode> dataPaths) {
        Instant from = finished.stream().map(s -> instant(s.migration().path("start_time")))
                .min(Comparator.naturalOrder()).orElseThrow().minusMillis(MARGIN_MS);
        Instant lastEnd = finished.stream().map(s -> instant(s.migration().path("end_time")))
                .max(Comparator.naturalOrder()).orElseThrow();
        Instant readAt = dataPaths.values().stream().map(d -> instant(d.path("end_time")))
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant to = lastEnd.plusMillis(MARGIN_MS).isBefore(readAt) ? lastEnd.plusMillis(MARGIN_MS) : readAt;
        List<TimelineLane> lanes = new ArrayList<>();
        for (MigrationStatus s : finished) {
            lanes.add(TimelineLanes.lane(s.vm().name(), s.vm().nic(), changes(dataPaths.get(s.vm().name())), from, to,
                    phases(s)));
        }
        return new Timeline(title, subtitle, (to.toEpochMilli() - from.toEpochMilli()) / 1000.0, lanes);
    }

    private static List<TimelineLanes.Change> changes(JsonNode dataPath) {
        List<TimelineLanes.Change> out = new ArrayList<>();
        for (JsonNode c : dataPath.path("changes")) {
            out.add(new TimelineLanes.Change(instant(c.path("time")), c.path("mac").asText(),
                    DataPath.valueOf(c.path("path").asText().toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    private static Map<String, Instant> phases(MigrationStatus s) {
        JsonNode m = s.migration();
        Instant unplug = instant(m.path("start_time"));
        Instant migrate = unplug.plusMillis(m.path("unplug_ms").asLong());
        Map<String, Instant> phases = new LinkedHashMap<>();
        phases.put("unplug", unplug);
        phases.put("migrate", migrate);
        phases.put("plug", migrate.plusMillis(m.path("migration_ms").asLong()));
        return phases;
    }

    private static Instant instant(JsonNode text) {
        if (text.asText().isEmpty()) {
            throw new DemoFailure("the engine left out a time the timeline needs");
        }
        return OffsetDateTime.parse(text.asText()).toInstant();
    }
}
