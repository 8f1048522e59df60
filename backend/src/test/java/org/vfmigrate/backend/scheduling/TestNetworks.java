package org.vfmigrate.backend.scheduling;

import java.util.Map;
import java.util.UUID;

/** The networks and clusters the hand-written scheduling tests use, with the names messages show. */
final class TestNetworks {

    static final UUID CLUSTER = id("cluster");
    static final UUID OTHER_CLUSTER = id("other-cluster");

    static final UUID OVIRTMGMT = id("ovirtmgmt");
    static final UUID OVIRTMGMT_FAILOVER = id("ovirtmgmt-failover");
    static final UUID STORAGE_FAILOVER = id("storage-failover");
    static final UUID SRIOV_NET = id("sriov-net");
    static final UUID SRIOV_B = id("sriov-b");
    static final UUID OTHER = id("other");

    static final Map<UUID, String> NAMES = Map.of(
            OVIRTMGMT, "ovirtmgmt",
            OVIRTMGMT_FAILOVER, "ovirtmgmt-failover",
            STORAGE_FAILOVER, "storage-failover",
            SRIOV_NET, "sriov-net",
            SRIOV_B, "sriov-b",
            OTHER, "other");

    private TestNetworks() {
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }
}
