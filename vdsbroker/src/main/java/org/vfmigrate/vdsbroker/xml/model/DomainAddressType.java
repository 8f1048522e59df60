package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** The {@code type} of an {@code <address>} element. */
@XmlEnum
public enum DomainAddressType {
    @XmlEnumValue("pci") PCI,
    @XmlEnumValue("drive") DRIVE,
    @XmlEnumValue("virtio-serial") VIRTIO_SERIAL,
    @XmlEnumValue("ccid") CCID,
    @XmlEnumValue("usb") USB,
    @XmlEnumValue("spapr-vio") SPAPR_VIO,
    @XmlEnumValue("ccw") CCW,
    @XmlEnumValue("virtio-mmio") VIRTIO_MMIO,
    @XmlEnumValue("isa") ISA,
    @XmlEnumValue("dimm") DIMM,
    @XmlEnumValue("unassigned") UNASSIGNED
}
