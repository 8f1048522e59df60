package org.vfmigrate.backend.scheduling;

import java.util.Objects;
import java.util.UUID;

/**
 * A VM NIC that will be plugged on the chosen host, reduced to what scheduling needs: the network of its vNIC
 * profile, whether the profile is passthrough (the NIC needs a VF, not a bridge) and, for a failover NIC, the network
 * of the failover profile (its virtio twin needs that bridge, SPEC rule 14).
 *
 * @param name              the NIC's name, used in messages
 * @param networkId         network of the NIC's profile; {@code null} only for a non-passthrough NIC without network
 * @param passthrough       whether the profile is passthrough (SR-IOV VF)
 * @param failoverNetworkId network of the profile's failover profile, or {@code null} without failover
 */
public record SchedulingNic(String name, UUID networkId, boolean passthrough, UUID failoverNetworkId) {

    public SchedulingNic {
        Objects.requireNonNull(name, "name");
        if (passthrough && networkId == null) {
            throw new IllegalArgumentException("passthrough NIC " + name + " has no network");
        }
    }

    /** A bridged (virtio) NIC on {@code networkId}. */
    public static SchedulingNic virtio(String name, UUID networkId) {
        return new SchedulingNic(name, networkId, false, null);
    }

    /** A passthrough NIC without failover (legacy passthrough): needs a VF, no bridge. */
    public static SchedulingNic passthrough(String name, UUID networkId) {
        return new SchedulingNic(name, networkId, true, null);
    }

    /** A passthrough NIC with failover: needs a VF on {@code networkId} and the bridge of {@code failoverNetworkId}. */
    public static SchedulingNic failover(String name, UUID networkId, UUID failoverNetworkId) {
        return new SchedulingNic(name, networkId, true, Objects.requireNonNull(failoverNetworkId, "failoverNetworkId"));
    }

    public boolean hasFailover() {
        return failoverNetworkId != null;
    }
}
