package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vfmigrate.vdsbroker.host.HostPciInventory;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * The host resources a domain needs: VFs (each held by at most one domain, as libvirt's hostdev manager
 * enforces) and Linux bridges. Guarded by the environment lock.
 */
final class SimResources {

    private final SimHostConfig config;
    private final Set<PciAddress> vfs = new LinkedHashSet<>();
    private final Map<PciAddress, String> owners = new HashMap<>();

    SimResources(SimHostConfig config) {
        this.config = config;
        config.physicalFunctions().forEach(pf -> vfs.addAll(pf.vfAddresses()));
    }

    /** VF addresses used by hostdev interfaces of {@code ifaces}. */
    static List<PciAddress> vfsOf(List<DomainInterface> ifaces) {
        List<PciAddress> out = new ArrayList<>();
        for (DomainInterface i : ifaces) {
            if (i.getType() == DomainInterfaceType.HOSTDEV && i.getSource() != null && i.getSource().getAddress() != null) {
                PciAddress a = i.getSource().getAddress().toPciAddress();
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /** Checks bridges and VFs of {@code ifaces} for {@code vm}, then claims the VFs; all or nothing. */
    void claim(String vm, List<DomainInterface> ifaces) {
        checkBridges(ifaces);
        List<PciAddress> wanted = vfsOf(ifaces);
        for (PciAddress a : wanted) {
            if (!vfs.contains(a)) {
                throw SimError.raw("Failed to open config space file '/sys/bus/pci/devices/" + a
                    + "/config': No such file or directory");
            }
            String owner = owners.get(a);
            if (owner != null && !owner.equals(vm)) {
                throw SimError.invalid("PCI device " + a + " is in use by driver QEMU, domain " + owner);
            }
        }
        wanted.forEach(a -> owners.put(a, vm));
    }

    private void checkBridges(List<DomainInterface> ifaces) {
        if (config.bridges().isEmpty()) {
            return;
        }
        for (DomainInterface i : ifaces) {
            String bridge = i.getType() == DomainInterfaceType.BRIDGE && i.getSource() != null
                ? i.getSource().getBridge() : null;
            if (bridge != null && !config.bridges().contains(bridge)) {
                throw SimError.raw("Cannot get interface MTU on '" + bridge + "': No such device");
            }
        }
    }

    /** Releases the given VFs if {@code vm} holds them. */
    void release(String vm, List<PciAddress> addresses) {
        addresses.forEach(a -> owners.remove(a, vm));
    }

    /** Releases every VF {@code vm} holds. */
    void releaseAll(String vm) {
        owners.values().removeIf(vm::equals);
    }

    /** Releases the VFs of a domain's live interfaces. */
    void releaseDomain(String vm, Domain live) {
        release(vm, vfsOf(live.getDevices().getInterfaces()));
    }

    HostPciInventory inventory() {
        List<HostPciInventory.PhysicalFunction> pfs = new ArrayList<>();
        for (SimPhysicalFunction pf : config.physicalFunctions()) {
            List<HostPciInventory.VirtualFunction> out = new ArrayList<>();
            for (PciAddress vf : pf.vfAddresses()) {
                out.add(new HostPciInventory.VirtualFunction(vf, owners.get(vf)));
            }
            pfs.add(new HostPciInventory.PhysicalFunction(pf.address(), pf.netdev(), pf.networks(), out));
        }
        return new HostPciInventory(pfs, config.bridges());
    }
}
