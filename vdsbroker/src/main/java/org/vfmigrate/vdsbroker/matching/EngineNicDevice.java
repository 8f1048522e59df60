package org.vfmigrate.vdsbroker.matching;

import java.util.Objects;
import java.util.UUID;
import org.vfmigrate.vdsbroker.vm.MacAddress;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;

/**
 * What the engine expects on the host for one NIC.
 *
 * @param nicId engine NIC id
 * @param mac its MAC (shared with its failover twin)
 * @param alias alias of its own device (VF or bridged virtio)
 * @param failoverAlias alias of its virtio failover twin, or null when it has none
 */
public record EngineNicDevice(UUID nicId, MacAddress mac, String alias, String failoverAlias) {

    public EngineNicDevice {
        Objects.requireNonNull(nicId, "nicId");
        Objects.requireNonNull(mac, "mac");
        Objects.requireNonNull(alias, "alias");
    }

    /** The expected devices of a NIC description, with the aliases our builder writes. */
    public static EngineNicDevice of(VmNicDescription nic) {
        return new EngineNicDevice(nic.id(), nic.mac(), NicAliases.primary(nic.id()),
            nic.hasFailover() ? NicAliases.failoverTwin(nic.id()) : null);
    }
}
