package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <devices>}. Interfaces and hostdevs are typed and keep their relative order (which decides guest
 * PCI slot assignment); every other device (disks, consoles, controllers…) is kept as DOM in
 * {@link #getOtherElements()} and written before them, which libvirt accepts (devices are interleaved).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"otherElements", "interfaces", "hostdevs"})
public class DomainDeviceList extends XmlExtensible {

    @XmlElement(name = "interface")
    private List<DomainInterface> interfaces;

    @XmlElement(name = "hostdev")
    private List<DomainHostdev> hostdevs;

    public List<DomainInterface> getInterfaces() {
        if (interfaces == null) {
            interfaces = new ArrayList<>();
        }
        return interfaces;
    }

    public List<DomainHostdev> getHostdevs() {
        if (hostdevs == null) {
            hostdevs = new ArrayList<>();
        }
        return hostdevs;
    }
}
