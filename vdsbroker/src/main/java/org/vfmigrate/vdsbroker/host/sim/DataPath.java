package org.vfmigrate.vdsbroker.host.sim;

/** Which guest NIC carries a MAC's traffic at an instant. */
public enum DataPath {
    /** The SR-IOV VF (full speed). */
    VF,
    /** A virtio NIC on a Linux bridge (the failover standby, or a plain bridged NIC). */
    VIRTIO,
    /** Nothing: the MAC is unreachable (outage). */
    NONE
}
