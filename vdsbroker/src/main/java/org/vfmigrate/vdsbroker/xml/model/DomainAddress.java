package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * {@code <address type='pci' domain bus slot function/>}: used both for a guest device address and, under
 * {@code <source>}, for the host PCI address of a VF. Other address kinds keep their attributes in
 * {@link #getOtherAttributes()}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainAddress extends XmlExtensible {

    @XmlAttribute(name = "type")
    private DomainAddressType type;

    @XmlAttribute(name = "domain")
    @XmlJavaTypeAdapter(HexAdapters.Hex4.class)
    private Integer domain;

    @XmlAttribute(name = "bus")
    @XmlJavaTypeAdapter(HexAdapters.Hex2.class)
    private Integer bus;

    @XmlAttribute(name = "slot")
    @XmlJavaTypeAdapter(HexAdapters.Hex2.class)
    private Integer slot;

    @XmlAttribute(name = "function")
    @XmlJavaTypeAdapter(HexAdapters.Hex1.class)
    private Integer function;

    /** A PCI address element for the given address. */
    public static DomainAddress pci(PciAddress address) {
        DomainAddress a = new DomainAddress();
        a.type = DomainAddressType.PCI;
        a.domain = address.domain();
        a.bus = address.bus();
        a.slot = address.slot();
        a.function = address.function();
        return a;
    }

    public DomainAddressType getType() {
        return type;
    }

    /** The PCI address, or null when this is not a complete PCI address. */
    public PciAddress toPciAddress() {
        if (type != DomainAddressType.PCI || bus == null || slot == null || function == null) {
            return null;
        }
        return new PciAddress(domain == null ? 0 : domain, bus, slot, function);
    }
}
