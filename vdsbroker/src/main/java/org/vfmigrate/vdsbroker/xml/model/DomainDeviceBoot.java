package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <boot order='N'/>} on a device: per-device boot order. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainDeviceBoot extends XmlExtensible {

    @XmlAttribute(name = "order")
    private Integer order;

    public DomainDeviceBoot() {
    }

    public DomainDeviceBoot(int order) {
        this.order = order;
    }

    public Integer getOrder() {
        return order;
    }
}
