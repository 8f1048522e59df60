package org.vfmigrate.backend.demo.migration;

import java.util.List;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/**
 * One VM's lane on the demo timeline: which path carried its traffic over time, and where its migration's phases
 * began. Times are seconds from the timeline's start.
 *
 * @param vm the VM's name
 * @param nic what kind of NIC it has, for the reader ("VF NIC with failover")
 * @param segments consecutive, non-overlapping path segments in time order
 * @param markers phase starts in time order
 */
record TimelineLane(String vm, String nic, List<Segment> segments, List<Marker> markers) {

    /** From {@code from} to {@code to} the traffic ran on {@code path}. */
    record Segment(double from, double to, DataPath path) {

        double length() {
            return to - from;
        }
    }

    /** The phase called {@code label} began at {@code at}. */
    record Marker(double at, String label) {
    }

    TimelineLane {
        segments = List.copyOf(segments);
        markers = List.copyOf(markers);
    }

    /** Seconds spent on {@code path}. */
    double secondsOn(DataPath path) {
        return segments.stream().filter(s -> s.path() == path).mapToDouble(Segment::length).sum();
    }
}
