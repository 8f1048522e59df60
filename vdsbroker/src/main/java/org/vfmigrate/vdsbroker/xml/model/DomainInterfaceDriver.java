package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code <driver name='vfio'/>}: the backend of an interface (device assignment or virtio backend). */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceDriver extends XmlExtensible {

    /** Backend names. */
    @XmlEnum
    public enum Name {
        @XmlEnumValue("vfio") VFIO,
        @XmlEnumValue("kvm") KVM,
        @XmlEnumValue("xen") XEN,
        @XmlEnumValue("qemu") QEMU,
        @XmlEnumValue("vhost") VHOST
    }

    @XmlAttribute(name = "name")
    private Name name;

    public DomainInterfaceDriver() {
    }

    public DomainInterfaceDriver(Name name) {
        this.name = name;
    }

    public Name getName() {
        return name;
    }
}
