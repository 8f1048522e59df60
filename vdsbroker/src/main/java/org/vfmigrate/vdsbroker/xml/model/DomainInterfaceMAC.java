package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <mac address='52:54:00:…'/>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceMAC extends XmlExtensible {

    @XmlAttribute(name = "address")
    private String address;

    public DomainInterfaceMAC() {
    }

    public DomainInterfaceMAC(String address) {
        this.address = address;
    }

    public String getAddress() {
        return address;
    }
}
