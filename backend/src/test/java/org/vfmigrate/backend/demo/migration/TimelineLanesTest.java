package org.vfmigrate.backend.demo.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.demo.migration.TimelineLanes.Change;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/** Recorded data-path changes become a lane: clipped to the window, merged, the worst MAC shown. */
class TimelineLanesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    static Instant at(double seconds) {
        return T0.plusNanos((long) (seconds * 1e9));
    }

    /** A failover NIC through a migration: VF, virtio while the VF is away, the pause, virtio, VF again. */
    static List<Change> failoverChanges() {
        return List.of(new Change(at(-5), "m1", DataPath.VF), new Change(at(3.0), "m1", DataPath.VIRTIO),
                new Change(at(7.0), "m1", DataPath.PAUSED), new Change(at(7.3), "m1", DataPath.VIRTIO),
                new Change(at(7.32), "m1", DataPath.VF));
    }

    /** A VF NIC without failover: nothing at all from unplug to plug. */
    static List<Change> legacyChanges() {
        return List.of(new Change(at(-5), "m2", DataPath.VF), new Change(at(3.0), "m2", DataPath.NONE),
                new Change(at(7.33), "m2", DataPath.VF));
    }

    static Map<String, Instant> phases() {
        Map<String, Instant> phases = new LinkedHashMap<>();
        phases.put("unplug", at(1.0));
        phases.put("migrate", at(3.0));
        phases.put("plug", at(7.3));
        return phases;
    }

    @Test
    void aFailoverNicIsNeverWithoutAPathButThePause() {
        TimelineLane lane = TimelineLanes.lane("vm1", "failover", failoverChanges(), at(0), at(8.5), phases());

        assertThat(lane.segments()).extracting(TimelineLane.Segment::path).containsExactly(DataPath.VF,
                DataPath.VIRTIO, DataPath.PAUSED, DataPath.VIRTIO, DataPath.VF);
        assertThat(lane.segments().get(0).from()).isZero();
        assertThat(lane.segments().get(4).to()).isCloseTo(8.5, within(1e-9));
        assertThat(lane.secondsOn(DataPath.NONE)).isZero();
        assertThat(lane.secondsOn(DataPath.PAUSED)).isCloseTo(0.3, within(1e-6));
        assertThat(lane.markers()).extracting(TimelineLane.Marker::label).containsExactly("unplug", "migrate", "plug");
        assertThat(lane.markers().get(1).at()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void aLegacyNicHasNoNetworkFromUnplugToPlug() {
        TimelineLane lane = TimelineLanes.lane("vm2", "legacy", legacyChanges(), at(0), at(8.5), phases());

        assertThat(lane.segments()).extracting(TimelineLane.Segment::path)
                .containsExactly(DataPath.VF, DataPath.NONE, DataPath.VF);
        assertThat(lane.secondsOn(DataPath.NONE)).isCloseTo(4.33, within(1e-6));
    }

    @Test
    void withSeveralMacsTheWorstIsShownAndEqualNeighboursMerge() {
        List<Change> changes = List.of(new Change(at(0), "a", DataPath.VF), new Change(at(0), "b", DataPath.VF),
                new Change(at(1), "a", DataPath.VIRTIO), new Change(at(2), "b", DataPath.NONE),
                new Change(at(3), "b", DataPath.VF), new Change(at(3), "a", DataPath.VIRTIO),
                new Change(at(4), "a", DataPath.VF));

        TimelineLane lane = TimelineLanes.lane("vm", "two NICs", changes, at(0), at(5), Map.of());

        assertThat(lane.segments()).containsExactly(new TimelineLane.Segment(0, 1, DataPath.VF),
                new TimelineLane.Segment(1, 2, DataPath.VIRTIO), new TimelineLane.Segment(2, 3, DataPath.NONE),
                new TimelineLane.Segment(3, 4, DataPath.VIRTIO), new TimelineLane.Segment(4, 5, DataPath.VF));
    }

    @Test
    void beforeItsFirstChangeAVmHasNoPathAndChangesAfterTheWindowAreCut() {
        List<Change> changes = List.of(new Change(at(2), "a", DataPath.VF), new Change(at(9), "a", DataPath.NONE));

        TimelineLane lane = TimelineLanes.lane("vm", "late", changes, at(0), at(5), Map.of("plug", at(7)));

        assertThat(lane.segments()).containsExactly(new TimelineLane.Segment(0, 2, DataPath.NONE),
                new TimelineLane.Segment(2, 5, DataPath.VF));
        assertThat(lane.markers()).as("outside the window").isEmpty();
    }
}
