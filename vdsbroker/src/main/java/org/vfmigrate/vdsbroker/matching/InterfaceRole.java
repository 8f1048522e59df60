package org.vfmigrate.vdsbroker.matching;

/** What a matched live interface is for its engine NIC. */
public enum InterfaceRole {
    /** The NIC's own device: its VF, or its bridged virtio NIC. */
    PRIMARY,
    /** The virtio failover twin of a VF NIC (teaming persistent). */
    FAILOVER_TWIN
}
