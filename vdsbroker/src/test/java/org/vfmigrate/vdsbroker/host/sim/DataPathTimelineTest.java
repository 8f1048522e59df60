package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Outage and degraded time computed from path changes, checked against brute force on random timelines. */
class DataPathTimelineTest {

    private static DataPathTimeline.Change c(long at, String mac, DataPath p, boolean fo) {
        return new DataPathTimeline.Change(at, mac, p, fo);
    }

    @Test
    void failoverSequenceGivesOutageAndDegradedWindows() {
        DataPathTimeline t = new DataPathTimeline("vm", List.of(
            c(0, "m", DataPath.VF, true), c(100, "m", DataPath.VIRTIO, true), c(400, "m", DataPath.NONE, true),
            c(450, "m", DataPath.VIRTIO, true), c(500, "m", DataPath.VF, true)), 1000);
        assertThat(t.outage()).isEqualTo(Duration.ofMillis(50));
        assertThat(t.degraded()).isEqualTo(Duration.ofMillis(350));
        assertThat(t.outage(420, 1000)).isEqualTo(Duration.ofMillis(30));
        assertThat(t.pathAt("m", 449)).isEqualTo(DataPath.NONE);
    }

    @Test
    void aPausedGuestIsAnOutageButNotDegraded() {
        DataPathTimeline t = new DataPathTimeline("vm", List.of(
            c(0, "m", DataPath.VIRTIO, true), c(200, "m", DataPath.PAUSED, true),
            c(500, "m", DataPath.VIRTIO, true)), 600);
        assertThat(t.outage()).isEqualTo(Duration.ofMillis(300));
        assertThat(t.degraded()).isEqualTo(Duration.ofMillis(300));
        assertThat(t.pathAt("m", 499)).isEqualTo(DataPath.PAUSED);
    }

    @Test
    void plainVirtioIsNotDegraded() {
        DataPathTimeline t = new DataPathTimeline("vm", List.of(c(0, "m", DataPath.VIRTIO, false)), 1000);
        assertThat(t.degraded()).isZero();
        assertThat(t.outage()).isZero();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99_999})
    void matchesBruteForce(long seed) {
        Random r = new Random(seed);
        List<DataPathTimeline.Change> changes = new ArrayList<>();
        long at = 0;
        for (int i = 0; i < 40; i++) {
            at += r.nextInt(50);
            String mac = "m" + r.nextInt(3);
            changes.add(c(at, mac, DataPath.values()[r.nextInt(DataPath.values().length)], mac.equals("m0")));
        }
        long end = at + 30;
        DataPathTimeline t = new DataPathTimeline("vm", changes, end);
        long from = r.nextInt(200);
        long to = from + r.nextInt((int) end);
        long outage = LongStream.range(from, to).filter(ms -> state(t, ms, true)).count();
        long degraded = LongStream.range(from, to).filter(ms -> state(t, ms, false)).count();
        assertThat(t.outage(from, to)).isEqualTo(Duration.ofMillis(outage));
        assertThat(t.degraded(from, to)).isEqualTo(Duration.ofMillis(degraded));
    }

    private static boolean state(DataPathTimeline t, long ms, boolean outage) {
        List<String> seen = t.changes().stream().filter(ch -> ch.atMillis() <= ms).map(DataPathTimeline.Change::mac)
            .distinct().toList();
        boolean none = seen.stream().anyMatch(m -> !t.pathAt(m, ms).carriesTraffic());
        if (outage) {
            return none;
        }
        return !none && seen.stream().anyMatch(m -> m.equals("m0") && t.pathAt(m, ms) == DataPath.VIRTIO);
    }
}
