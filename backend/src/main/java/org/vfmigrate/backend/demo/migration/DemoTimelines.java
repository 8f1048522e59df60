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
import java.util.Optional;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/**
 * Builds the demo's {@link Timeline} from what the API answered: each VM's data path ({@code /vms/{id}/datapath})
 * and the phase markers: unplug and migrate where the job's steps of kind {@code unplugging_vfs} and
 * {@code migrating} began, plug {@code migration_ms} (the engine's figure) after the migrating step began — the
 * plugging step itself is opened only once the plug has been requested, so its start would come late. The
 * migration's own {@code start_time} is when it was reserved, which can be well before the orchestrator took it
 * up. The window runs from a second before the first migration began to a second after the last one ended.
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
        Map<String, Instant> phases = new LinkedHashMap<>();
        stepStart(s, "unplugging_vfs").ifPresent(at -> phases.put("unplug", at));
        stepStart(s, "migrating").ifPresent(at -> {
            phases.put("migrate", at);
            phases.put("plug", at.plusMillis(s.migration().path("migration_ms").asLong()));
        });
        return phases;
    }

    private static Optional<Instant> stepStart(MigrationStatus s, String kind) {
        return s.steps().stream().filter(step -> kind.equals(step.path("kind").asText()))
                .filter(step -> !step.path("start_time").asText().isEmpty())
                .map(step -> instant(step.path("start_time"))).findFirst();
    }

    private static Instant instant(JsonNode text) {
        if (text.asText().isEmpty()) {
            throw new DemoFailure("the engine left out a time the timeline needs");
        }
        return parse(text.asText());
    }

    /** An API date, in oVirt's form ({@code 2026-01-01T10:00:00.250Z}) or any other ISO form with an offset. */
    static Instant parse(String date) {
        return OffsetDateTime.parse(date).toInstant();
    }
}
