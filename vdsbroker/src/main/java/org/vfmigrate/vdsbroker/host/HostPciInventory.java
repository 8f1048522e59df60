package org.vfmigrate.vdsbroker.host;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * A host's SR-IOV inventory.
 *
 * @param physicalFunctions PFs with their VFs
 * @param bridges Linux bridges present on the host (for virtio and failover NICs), when known
 */
public record HostPciInventory(List<PhysicalFunction> physicalFunctions, Set<String> bridges) {

    public HostPciInventory {
        physicalFunctions = List.copyOf(physicalFunctions);
        bridges = Set.copyOf(bridges);
    }

    /**
     * One physical function.
     *
     * @param address PCI address
     * @param netdev its kernel network interface name, or null
     * @param networks logical networks it serves
     * @param virtualFunctions its VFs
     */
    public record PhysicalFunction(PciAddress address, String netdev, Set<String> networks,
                                   List<VirtualFunction> virtualFunctions) {
        public PhysicalFunction {
            Objects.requireNonNull(address, "address");
            networks = Set.copyOf(networks);
            virtualFunctions = List.copyOf(virtualFunctions);
        }
    }

    /**
     * One virtual function.
     *
     * @param address PCI address
     * @param usedBy name of the domain holding it, or null when free
     */
    public record VirtualFunction(PciAddress address, String usedBy) {
        public boolean free() {
            return usedBy == null;
        }
    }

    /** Free VFs on PFs serving {@code network}. */
    public List<PciAddress> freeVfsFor(String network) {
        return physicalFunctions.stream().filter(pf -> pf.networks().contains(network))
            .flatMap(pf -> pf.virtualFunctions().stream()).filter(VirtualFunction::free)
            .map(VirtualFunction::address).toList();
    }
}
