package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * {@code <source>} of an interface. XML has one element for all variants, so this type holds the variants
 * we use — a bridge name ({@code type='bridge'}), a network name ({@code type='network'}) or a host PCI
 * address ({@code type='hostdev'}) — and the factories create exactly one of them.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceSource extends XmlExtensible {

    @XmlAttribute(name = "bridge")
    private String bridge;

    @XmlAttribute(name = "network")
    private String network;

    @XmlElement(name = "address")
    private DomainAddress address;

    /** The source of a {@code type='bridge'} interface. */
    public static DomainInterfaceSource bridge(String bridge) {
        DomainInterfaceSource s = new DomainInterfaceSource();
        s.bridge = bridge;
        return s;
    }

    /** The source of a {@code type='hostdev'} interface: the VF's host PCI address. */
    public static DomainInterfaceSource hostdev(PciAddress vf) {
        DomainInterfaceSource s = new DomainInterfaceSource();
        s.address = DomainAddress.pci(vf);
        return s;
    }

    public String getBridge() {
        return bridge;
    }

    public String getNetwork() {
        return network;
    }

    public DomainAddress getAddress() {
        return address;
    }

    public DomainInterfaceSource setAddress(DomainAddress address) {
        this.address = address;
        return this;
    }
}
