package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code <os><boot dev='hd'/></os>}: legacy per-domain boot order. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainBootDevice {

    /** Boot device kinds. */
    @XmlEnum
    public enum Dev {
        @XmlEnumValue("hd") HD,
        @XmlEnumValue("cdrom") CDROM,
        @XmlEnumValue("network") NETWORK,
        @XmlEnumValue("fd") FD
    }

    @XmlAttribute(name = "dev")
    private Dev dev;

    public DomainBootDevice() {
    }

    public DomainBootDevice(Dev dev) {
        this.dev = dev;
    }

    public Dev getDev() {
        return dev;
    }
}
