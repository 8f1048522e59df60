package org.vfmigrate.vdsbroker.vm;

import java.util.UUID;

/**
 * Device aliases derived from engine ids, deterministic and unique per NIC. The reference implementation
 * named the virtio twin after the failover <em>profile</em> id, so two VFs sharing a failover profile
 * collided in libvirt (SPEC-failover rule 12); here both aliases derive from the NIC id. libvirt keeps
 * only aliases with the {@code ua-} prefix.
 */
public final class NicAliases {

    private NicAliases() {
    }

    /** Alias of the NIC's own device (VF or bridged virtio): {@code ua-<nic id>}. */
    public static String primary(UUID nicId) {
        return "ua-" + nicId;
    }

    /** Alias of a VF NIC's virtio failover twin: {@code ua-fo-<nic id>}. */
    public static String failoverTwin(UUID nicId) {
        return "ua-fo-" + nicId;
    }
}
