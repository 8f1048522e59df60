package org.vfmigrate.dal.dao.host;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One physical function as a host's inventory reports it, already mapped to engine network ids.
 *
 * @param pciAddress {@code dddd:bb:ss.f}
 * @param netdev its kernel interface name, or null
 * @param networkIds the engine networks it serves
 * @param vfAddresses PCI addresses of its virtual functions
 */
public record PhysicalFunctionRecord(String pciAddress, String netdev, Set<UUID> networkIds, List<String> vfAddresses) {

    public PhysicalFunctionRecord {
        networkIds = Set.copyOf(networkIds);
        vfAddresses = List.copyOf(vfAddresses);
    }
}
