package org.vfmigrate.common.businessentities.host;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The SR-IOV functions of one host as one consistent read: its PFs and VFs (by PCI address) and the networks
 * each PF serves.
 *
 * @param devices PFs and VFs of the host
 * @param physicalFunctionNetworks PF id → ids of the networks it serves
 */
public record HostDeviceInventory(List<HostDevice> devices, Map<UUID, Set<UUID>> physicalFunctionNetworks) {

    public HostDeviceInventory {
        devices = List.copyOf(devices);
        physicalFunctionNetworks = Map.copyOf(physicalFunctionNetworks);
    }
}
