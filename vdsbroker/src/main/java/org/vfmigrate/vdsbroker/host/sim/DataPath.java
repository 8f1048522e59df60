package org.vfmigrate.vdsbroker.host.sim;

/** Which guest NIC carries a MAC's traffic at an instant. */
public enum DataPath {
    /** The SR-IOV VF (full speed). */
    VF,
    /** A virtio NIC on a Linux bridge (the failover standby, or a plain bridged NIC). */
    VIRTIO,
    /**
     * Nothing, because the whole guest is paused (the stop-and-copy pause every live migration ends with): the
     * MAC is unreachable, but its NIC is still there and the guest sees no link change.
     */
    PAUSED,
    /** Nothing: the MAC is unreachable (outage). */
    NONE;

    /** Whether traffic flows on this path (VF or virtio); PAUSED and NONE both count as outage. */
    public boolean carriesTraffic() {
        return this == VF || this == VIRTIO;
    }
}
