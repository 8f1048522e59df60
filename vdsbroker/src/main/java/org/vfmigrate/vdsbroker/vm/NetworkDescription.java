package org.vfmigrate.vdsbroker.vm;

import java.util.Objects;
import java.util.UUID;

/**
 * A logical network as the host side needs it.
 *
 * @param id engine network id
 * @param name network name
 * @param bridge the Linux bridge carrying it on hosts (used by bridged and failover virtio NICs)
 * @param vlanId VLAN tag applied on the host, or null for untagged
 * @param mtu MTU, or null for the host default
 */
public record NetworkDescription(UUID id, String name, String bridge, Integer vlanId, Integer mtu) {

    public NetworkDescription {
        Objects.requireNonNull(id, "network id");
        Objects.requireNonNull(name, "network name");
        if (vlanId != null && (vlanId < 0 || vlanId > 4095)) {
            throw new IllegalArgumentException("VLAN id out of range 0-4095: " + vlanId);
        }
        if (mtu != null && (mtu < 68 || mtu > 65535)) {
            throw new IllegalArgumentException("MTU out of range 68-65535: " + mtu);
        }
    }
}
