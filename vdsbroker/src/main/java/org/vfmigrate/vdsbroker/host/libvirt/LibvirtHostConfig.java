package org.vfmigrate.vdsbroker.host.libvirt;

import java.util.Map;
import java.util.Set;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * What libvirt cannot tell about a host: which logical networks each PF serves (the engine's network
 * attachments) and which bridges exist, as the host's address declares them ({@link LibvirtAddress}).
 *
 * @param pfNetworks networks served, by PF address
 * @param bridges bridges present
 */
public record LibvirtHostConfig(Map<PciAddress, Set<String>> pfNetworks, Set<String> bridges) {

    public LibvirtHostConfig {
        pfNetworks = Map.copyOf(pfNetworks);
        bridges = Set.copyOf(bridges);
    }
}
