package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <mtu size='1500'/>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceMTU {

    @XmlAttribute(name = "size")
    private Integer size;

    public DomainInterfaceMTU() {
    }

    public DomainInterfaceMTU(int size) {
        this.size = size;
    }

    public Integer getSize() {
        return size;
    }
}
