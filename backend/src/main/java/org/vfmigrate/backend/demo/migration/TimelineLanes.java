package org.vfmigrate.backend.demo.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/**
 * Turns a VM's recorded data-path changes (per MAC, with instants) into a lane over a time window. With several
 * MACs the lane shows the worst of them at each instant (no network, then paused, then virtio, then VF). Before
 * its first change a MAC has no path. Neighbouring segments on the same path are merged.
 */
final class TimelineLanes {

    /** One recorded change: from {@code at} on, {@code mac} runs on {@code path}. */
    record Change(Instant at, String mac, DataPath path) {
    }

    private static final List<DataPath> BEST_FIRST = List.of(DataPath.VF, DataPath.VIRTIO, DataPath.PAUSED,
            DataPath.NONE);

    private TimelineLanes() {
    }

    /**
     * The lane of {@code vm} over [{@code from}, {@code to}], with {@code phases} (label → instant) as markers.
     */
    static TimelineLane lane(String vm, String nic, List<Change> changes, Instant from, Instant to,
            Map<String, Instant> phases) {
        List<Change> ordered = changes.stream().sorted(Comparator.comparing(Change::at)).toList();
        Map<String, DataPath> current = new HashMap<>();
        List<TimelineLane.Segment> segments = new ArrayList<>();
        Instant cursor = from;
        for (Change c : ordered) {
            if (c.at().isAfter(cursor)) {
                Instant end = c.at().isBefore(to) ? c.at() : to;
                add(segments, seconds(from, cursor), seconds(from, end), worst(current));
                cursor = end;
            }
            current.put(c.mac(), c.path());
        }
        if (to.isAfter(cursor)) {
            add(segments, seconds(from, cursor), seconds(from, to), worst(current));
        }
        List<TimelineLane.Marker> markers = phases.entrySet().stream()
                .filter(e -> !e.getValue().isBefore(from) && !e.getValue().isAfter(to))
                .map(e -> new TimelineLane.Marker(seconds(from, e.getValue()), e.getKey()))
                .sorted(Comparator.comparingDouble(TimelineLane.Marker::at)).toList();
        return new TimelineLane(vm, nic, segments, markers);
    }

    private static void add(List<TimelineLane.Segment> segments, double from, double to, DataPath path) {
        if (to <= from) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).path() == path) {
            TimelineLane.Segment last = segments.remove(segments.size() - 1);
            segments.add(new TimelineLane.Segment(last.from(), to, path));
            return;
        }
        segments.add(new TimelineLane.Segment(from, to, path));
    }

    private static DataPath worst(Map<String, DataPath> paths) {
        if (paths.isEmpty()) {
            return DataPath.NONE;
        }
        return paths.values().stream().max(Comparator.comparingInt(BEST_FIRST::indexOf)).orElseThrow();
    }

    private static double seconds(Instant from, Instant at) {
        return Duration.between(from, at).toNanos() / 1e9;
    }
}
