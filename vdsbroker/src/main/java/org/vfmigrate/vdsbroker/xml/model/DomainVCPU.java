package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <vcpu placement='static'>N</vcpu>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainVCPU {

    /** CPU placement mode. */
    @XmlEnum
    public enum Placement {
        @XmlEnumValue("static") STATIC,
        @XmlEnumValue("auto") AUTO
    }

    @XmlAttribute(name = "placement")
    private Placement placement;

    @XmlValue
    private int value;

    public DomainVCPU() {
    }

    public DomainVCPU(int value) {
        this.value = value;
    }

    public Placement getPlacement() {
        return placement;
    }

    public int getValue() {
        return value;
    }
}
