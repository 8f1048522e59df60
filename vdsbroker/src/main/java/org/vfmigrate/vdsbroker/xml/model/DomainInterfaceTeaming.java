package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/**
 * {@code <teaming type='persistent'/>} on the virtio standby, {@code <teaming type='transient'
 * persistent='ua-…'/>} on the VF primary: QEMU's {@code failover=on} / {@code failover_pair_id}. See
 * https://libvirt.org/formatdomain.html#teaming-a-virtio-hostdev-nic-pair.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceTeaming {

    /** Teaming roles. */
    @XmlEnum
    @jakarta.xml.bind.annotation.XmlType(name = "teamingType")
    public enum Type {
        @XmlEnumValue("persistent") PERSISTENT,
        @XmlEnumValue("transient") TRANSIENT
    }

    @XmlAttribute(name = "type")
    private Type type;

    @XmlAttribute(name = "persistent")
    private String persistent;

    public DomainInterfaceTeaming() {
    }

    private DomainInterfaceTeaming(Type type, String persistent) {
        this.type = type;
        this.persistent = persistent;
    }

    /** The standby (virtio) side. */
    public static DomainInterfaceTeaming persistent() {
        return new DomainInterfaceTeaming(Type.PERSISTENT, null);
    }

    /** The primary (VF) side, naming the alias of its standby. */
    public static DomainInterfaceTeaming transientOf(String persistentAlias) {
        return new DomainInterfaceTeaming(Type.TRANSIENT, persistentAlias);
    }

    public Type getType() {
        return type;
    }

    public String getPersistent() {
        return persistent;
    }
}
