package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** The hypervisor type of {@code <domain type='…'>}. */
@XmlEnum
public enum DomainType {
    @XmlEnumValue("kvm") KVM,
    @XmlEnumValue("qemu") QEMU,
    @XmlEnumValue("test") TEST,
    @XmlEnumValue("xen") XEN,
    @XmlEnumValue("lxc") LXC
}
