package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * Behaviour of one simulated host: injected faults, guest capabilities and latencies. A plain immutable
 * value, validated on construction, that a REST layer can bind from JSON such as
 * {@code {"faults":[{"operation":"hot_plug","vm":"demo-vm","kind":"fail","times":1}],"unplug_ack_ms":2000}}
 * (snake_case names; see {@link SimSettingsParser} for maps, YAML and properties). Null numbers take the
 * zero-latency defaults.
 *
 * @param faults injected faults, consumed in order
 * @param unplugAckMs how long the guest takes to release an unplugged device
 * @param migrationBandwidthMibps memory copy rate; 0 means instantaneous
 * @param stopCopyDowntimeMs the pause at the end of a migration
 * @param guests guest capabilities by VM name ({@code *} for the default)
 */
public record SimSettings(List<SimFault> faults, Long unplugAckMs, Long migrationBandwidthMibps,
                          Long stopCopyDowntimeMs, List<SimGuest> guests) {

    /** No faults, no latency, capable guests: as fast as the engine can go. */
    public static final SimSettings ZERO_LATENCY = new SimSettings(null, null, null, null, null);

    private static final long MAX_MS = 3_600_000;

    public SimSettings {
        faults = faults == null ? List.of() : List.copyOf(faults);
        guests = guests == null ? List.of() : List.copyOf(guests);
        unplugAckMs = unplugAckMs == null ? 0 : unplugAckMs;
        migrationBandwidthMibps = migrationBandwidthMibps == null ? 0 : migrationBandwidthMibps;
        stopCopyDowntimeMs = stopCopyDowntimeMs == null ? 0 : stopCopyDowntimeMs;
        List<String> problems = new ArrayList<>();
        range(problems, "unplug_ack_ms", unplugAckMs, MAX_MS);
        range(problems, "migration_bandwidth_mibps", migrationBandwidthMibps, 1_000_000);
        range(problems, "stop_copy_downtime_ms", stopCopyDowntimeMs, 60_000);
        if (!problems.isEmpty()) {
            throw new SimSettingsException(problems);
        }
    }

    private static void range(List<String> problems, String name, long value, long max) {
        if (value < 0 || value > max) {
            problems.add(name + " must be between 0 and " + max + ", was " + value);
        }
    }

    /** Realistic latencies: ACPI unplug in 2 s, 1 GiB/s migration, 300 ms downtime. */
    public static SimSettings realistic() {
        return new SimSettings(null, 2000L, 1024L, 300L, null);
    }

    /** The capabilities of the guest in {@code vm}. */
    public SimGuest guest(String vm) {
        SimGuest any = SimGuest.CAPABLE;
        for (SimGuest g : guests) {
            if (g.vm().equals(vm)) {
                return g;
            }
            if ("*".equals(g.vm())) {
                any = g;
            }
        }
        return any;
    }

    /** The same settings with other faults. */
    public SimSettings withFaults(List<SimFault> newFaults) {
        return new SimSettings(newFaults, unplugAckMs, migrationBandwidthMibps, stopCopyDowntimeMs, guests);
    }

    /** The same settings with other guests. */
    public SimSettings withGuests(List<SimGuest> newGuests) {
        return new SimSettings(faults, unplugAckMs, migrationBandwidthMibps, stopCopyDowntimeMs, newGuests);
    }
}
