package org.vfmigrate.vdsbroker.vm;

import java.util.Objects;
import java.util.UUID;

/**
 * A vNIC profile: which network a NIC attaches to and how.
 *
 * @param id engine profile id
 * @param name profile name
 * @param network the profile's network
 * @param passthrough whether NICs of this profile get an SR-IOV VF
 * @param migratable whether a passthrough NIC may be unplugged for migration
 * @param failover the bridged profile providing the virtio standby, or null
 */
public record VnicProfileDescription(UUID id, String name, NetworkDescription network, boolean passthrough,
                                     boolean migratable, VnicProfileDescription failover) {

    public VnicProfileDescription {
        Objects.requireNonNull(id, "profile id");
        Objects.requireNonNull(network, "profile network");
        if (failover != null && failover.passthrough()) {
            throw new IllegalArgumentException("Failover profile " + failover.name() + " must not be passthrough");
        }
        if (failover != null && !(passthrough && migratable)) {
            throw new IllegalArgumentException("Failover is supported only for migratable passthrough profiles");
        }
    }

    /** A bridged (virtio) profile. */
    public static VnicProfileDescription bridged(UUID id, String name, NetworkDescription network) {
        return new VnicProfileDescription(id, name, network, false, false, null);
    }
}
