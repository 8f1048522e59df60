package org.vfmigrate.vdsbroker.vm;

import java.util.Objects;
import java.util.UUID;

/**
 * One engine VM NIC with what the host needs to realise it.
 *
 * @param id engine NIC id (the source of its device aliases)
 * @param name NIC name, e.g. {@code nic1}
 * @param mac MAC address (shared by a VF and its failover twin)
 * @param profile vNIC profile
 * @param vf the VF assigned to a passthrough NIC, or null when none is assigned
 * @param plugged whether the NIC is plugged (unplugged NICs are not written)
 * @param linked link state seen by the guest
 * @param bootOrder per-device boot order, or null
 */
public record VmNicDescription(UUID id, String name, MacAddress mac, VnicProfileDescription profile,
                               PciAddress vf, boolean plugged, boolean linked, Integer bootOrder) {

    public VmNicDescription {
        Objects.requireNonNull(id, "nic id");
        Objects.requireNonNull(mac, "nic mac");
        Objects.requireNonNull(profile, "nic profile");
        if (vf != null && !profile.passthrough()) {
            throw new IllegalArgumentException("NIC " + name + " has a VF but its profile is not passthrough");
        }
    }

    /** Whether this NIC is backed by a VF. */
    public boolean passthrough() {
        return profile.passthrough();
    }

    /** Whether this VF NIC gets a virtio failover twin. */
    public boolean hasFailover() {
        return profile.passthrough() && profile.failover() != null;
    }

    /** A copy with another VF (e.g. the one reserved on a migration destination). */
    public VmNicDescription withVf(PciAddress newVf) {
        return new VmNicDescription(id, name, mac, profile, newVf, plugged, linked, bootOrder);
    }
}
