package org.vfmigrate.vdsbroker.host.sim;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The guest data path of one VM over time, per MAC, across hosts (a migrated VM keeps one timeline). Reads
 * back outage (some MAC has no path: {@link DataPath#NONE}, or {@link DataPath#PAUSED} while the guest is paused)
 * and degraded time (no outage, but a failover MAC runs on its virtio standby instead of its VF) over any window.
 *
 * @param vmName the VM
 * @param changes path changes in time order
 * @param endMillis the instant the snapshot was taken (open segments end here)
 */
public record DataPathTimeline(String vmName, List<Change> changes, long endMillis) {

    /**
     * One change of one MAC's path.
     *
     * @param atMillis when
     * @param mac which guest MAC
     * @param path the new path
     * @param failover whether the MAC is a failover pair (so VIRTIO means degraded)
     */
    public record Change(long atMillis, String mac, DataPath path, boolean failover) {
    }

    public DataPathTimeline {
        changes = List.copyOf(changes);
    }

    /** The MACs seen. */
    public Set<String> macs() {
        Set<String> out = new TreeSet<>();
        changes.forEach(c -> out.add(c.mac()));
        return out;
    }

    /** The path of {@code mac} at {@code atMillis} (NONE before it was first seen). */
    public DataPath pathAt(String mac, long atMillis) {
        DataPath p = DataPath.NONE;
        for (Change c : changes) {
            if (c.atMillis() > atMillis) {
                break;
            }
            if (c.mac().equals(mac)) {
                p = c.path();
            }
        }
        return p;
    }

    /** Total outage over the whole timeline. */
    public Duration outage() {
        return outage(firstMillis(), endMillis);
    }

    /** Total degraded time over the whole timeline. */
    public Duration degraded() {
        return degraded(firstMillis(), endMillis);
    }

    /** Time in [from, to) during which some MAC had no path. */
    public Duration outage(long fromMillis, long toMillis) {
        return measure(fromMillis, toMillis, true);
    }

    /** Time in [from, to) without outage during which some failover MAC ran on virtio. */
    public Duration degraded(long fromMillis, long toMillis) {
        return measure(fromMillis, toMillis, false);
    }

    /** The path changes of one MAC. */
    public List<Change> changesOf(String mac) {
        return changes.stream().filter(c -> c.mac().equals(mac)).toList();
    }

    private long firstMillis() {
        return changes.isEmpty() ? endMillis : changes.get(0).atMillis();
    }

    private Duration measure(long from, long to, boolean outage) {
        Map<String, Change> state = new HashMap<>();
        long total = 0;
        long cursor = from;
        for (Change c : changes) {
            if (c.atMillis() > cursor) {
                long segmentEnd = Math.min(c.atMillis(), to);
                if (segmentEnd > cursor && classify(state, outage)) {
                    total += segmentEnd - cursor;
                }
                cursor = Math.max(cursor, segmentEnd);
            }
            if (c.atMillis() >= to) {
                break;
            }
            state.put(c.mac(), c);
        }
        if (to > cursor && classify(state, outage)) {
            total += to - cursor;
        }
        return Duration.ofMillis(total);
    }

    private static boolean classify(Map<String, Change> state, boolean outage) {
        boolean none = state.values().stream().anyMatch(c -> !c.path().carriesTraffic());
        if (outage) {
            return none;
        }
        return !none && state.values().stream().anyMatch(c -> c.failover() && c.path() == DataPath.VIRTIO);
    }
}
