package org.vfmigrate.vdsbroker.host.sim;

/**
 * What a simulated guest OS can do. A guest without {@code net_failover} never releases a teaming VF; a
 * guest without ACPI/PCIe hotplug never acknowledges any unplug.
 *
 * @param vm domain name, or {@code *} for every guest without a more specific entry
 * @param netFailover guest kernel has {@code net_failover} (Linux ≥ 4.18, VirtIO-win ≥ 0.1.189)
 * @param hotplug guest handles PCI hot-unplug requests
 */
public record SimGuest(String vm, boolean netFailover, boolean hotplug) {

    /** A capable guest. */
    public static final SimGuest CAPABLE = new SimGuest("*", true, true);

    public SimGuest {
        if (vm == null || vm.isBlank()) {
            throw new SimSettingsException(java.util.List.of("guest vm must be a VM name or '*'"));
        }
    }

    /** Whether the guest will ever release an interface of this kind. */
    public boolean acknowledgesUnplug(boolean teamingTransient) {
        return hotplug && (!teamingTransient || netFailover);
    }
}
