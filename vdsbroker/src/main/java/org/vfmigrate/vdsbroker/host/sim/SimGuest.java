package org.vfmigrate.vdsbroker.host.sim;

/**
 * What a simulated guest OS can do. A guest without {@code net_failover} never releases a teaming VF; a
 * guest without ACPI/PCIe hotplug never acknowledges any unplug.
 *
 * @param vm domain name, or {@code *} for every guest without a more specific entry
 * @param netFailover guest kernel has {@code net_failover} (Linux ≥ 4.18, VirtIO-win ≥ 0.1.189)
 * @param hotplug guest handles PCI hot-unplug requests
 * @param convergenceDowntimeMs the stop-and-copy downtime the guest's memory dirty rate needs: a migration
 *        keeps copying until the allowed maximum downtime reaches it (0: converges under any limit)
 */
public record SimGuest(String vm, boolean netFailover, boolean hotplug, long convergenceDowntimeMs) {

    /** A capable guest. */
    public static final SimGuest CAPABLE = new SimGuest("*", true, true);

    public SimGuest {
        if (vm == null || vm.isBlank()) {
            throw new SimSettingsException(java.util.List.of("guest vm must be a VM name or '*'"));
        }
        if (convergenceDowntimeMs < 0 || convergenceDowntimeMs > 60_000) {
            throw new SimSettingsException(java.util.List.of(
                "guest convergence_downtime_ms must be between 0 and 60000, was " + convergenceDowntimeMs));
        }
    }

    /** A guest whose migrations converge under any downtime limit. */
    public SimGuest(String vm, boolean netFailover, boolean hotplug) {
        this(vm, netFailover, hotplug, 0);
    }

    /** Whether the guest will ever release an interface of this kind. */
    public boolean acknowledgesUnplug(boolean teamingTransient) {
        return hotplug && (!teamingTransient || netFailover);
    }
}
