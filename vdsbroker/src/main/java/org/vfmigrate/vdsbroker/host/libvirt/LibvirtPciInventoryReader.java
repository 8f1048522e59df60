package org.vfmigrate.vdsbroker.host.libvirt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.libvirt.LibvirtException;
import org.vfmigrate.vdsbroker.host.HostPciInventory;
import org.vfmigrate.vdsbroker.host.libvirt.NodeDeviceReader.NodeDevice;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * Builds a host's SR-IOV inventory from libvirt node devices (PCI devices with {@code virt_functions}
 * are PFs; {@code net} devices name their netdev), marks VFs used by running domains' hostdev interfaces,
 * and adds what libvirt cannot know from the host's address: the PF → network mapping, and bridges besides the
 * ones libvirt lists as host interfaces.
 */
final class LibvirtPciInventoryReader {

    private final LibvirtConnection conn;
    private final LibvirtHostConfig config;
    private final LibvirtBridgeReader bridges;

    LibvirtPciInventoryReader(LibvirtConnection conn, LibvirtHostConfig config, LibvirtBridgeReader bridges) {
        this.conn = conn;
        this.config = config;
        this.bridges = bridges;
    }

    HostPciInventory read() throws LibvirtException {
        Map<String, NodeDevice> byName = new HashMap<>();
        for (String cap : new String[] {"pci", "net"}) {
            for (String name : conn.listDevices(cap)) {
                byName.put(name, NodeDeviceReader.read(conn.deviceLookupByName(name).getXMLDescription()));
            }
        }
        Map<PciAddress, String> used = vfsInUse();
        List<HostPciInventory.PhysicalFunction> pfs = new ArrayList<>();
        for (NodeDevice d : byName.values()) {
            if (d.pciAddress() == null || d.virtualFunctions().isEmpty()) {
                continue;
            }
            String netdev = byName.values().stream().filter(n -> d.name().equals(n.parent()) && n.netInterface() != null)
                .map(NodeDevice::netInterface).findFirst().orElse(null);
            List<HostPciInventory.VirtualFunction> vfs = d.virtualFunctions().stream()
                .map(a -> new HostPciInventory.VirtualFunction(a, used.get(a))).toList();
            pfs.add(new HostPciInventory.PhysicalFunction(d.pciAddress(), netdev,
                config.pfNetworks().getOrDefault(d.pciAddress(), Set.of()), vfs));
        }
        pfs.sort((a, b) -> a.address().compareTo(b.address()));
        Set<String> allBridges = new TreeSet<>(config.bridges());
        allBridges.addAll(bridges.read());
        return new HostPciInventory(pfs, allBridges);
    }

    private Map<PciAddress, String> vfsInUse() throws LibvirtException {
        Map<PciAddress, String> used = new HashMap<>();
        for (int id : conn.listDomains()) {
            var domain = DomainXmlCodec.get().parseDomain(conn.domainLookupByID(id).getXMLDesc(0));
            for (DomainInterface i : domain.getDevices().getInterfaces()) {
                if (i.getType() == DomainInterfaceType.HOSTDEV && i.getSource() != null
                    && i.getSource().getAddress() != null && i.getSource().getAddress().toPciAddress() != null) {
                    used.put(i.getSource().getAddress().toPciAddress(), domain.getName());
                }
            }
        }
        return used;
    }
}
