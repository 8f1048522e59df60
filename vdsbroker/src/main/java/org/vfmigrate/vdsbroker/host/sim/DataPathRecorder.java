package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records every VM's data path changes, shared by all simulated hosts of one environment so that a
 * migrated VM keeps one timeline. Only changes are stored. Guarded by the environment lock.
 */
final class DataPathRecorder {

    /** Path of one MAC at one instant. */
    record NicPath(DataPath path, boolean failover) {
    }

    private final Map<String, List<DataPathTimeline.Change>> changes = new HashMap<>();
    private final Map<String, Map<String, NicPath>> current = new HashMap<>();

    /** Records the paths of {@code vm}'s MACs at {@code now}; MACs absent from {@code paths} become NONE. */
    void record(String vm, long now, Map<String, NicPath> paths) {
        Map<String, NicPath> last = current.computeIfAbsent(vm, k -> new HashMap<>());
        List<DataPathTimeline.Change> log = changes.computeIfAbsent(vm, k -> new ArrayList<>());
        for (Map.Entry<String, NicPath> e : paths.entrySet()) {
            if (!e.getValue().equals(last.get(e.getKey()))) {
                log.add(new DataPathTimeline.Change(now, e.getKey(), e.getValue().path(), e.getValue().failover()));
                last.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, NicPath> e : new ArrayList<>(last.entrySet())) {
            if (!paths.containsKey(e.getKey()) && e.getValue().path() != DataPath.NONE) {
                NicPath none = new NicPath(DataPath.NONE, e.getValue().failover());
                log.add(new DataPathTimeline.Change(now, e.getKey(), DataPath.NONE, none.failover()));
                last.put(e.getKey(), none);
            }
        }
    }

    DataPathTimeline timeline(String vm, long now) {
        return new DataPathTimeline(vm, changes.getOrDefault(vm, List.of()), now);
    }
}
