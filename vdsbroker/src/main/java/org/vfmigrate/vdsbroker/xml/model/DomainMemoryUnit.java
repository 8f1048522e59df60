package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** Units accepted by libvirt's scaled integers ({@code <memory unit='…'>}). */
@XmlEnum
public enum DomainMemoryUnit {
    @XmlEnumValue("b") B,
    @XmlEnumValue("bytes") BYTES,
    @XmlEnumValue("KB") KB,
    @XmlEnumValue("k") K,
    @XmlEnumValue("KiB") KIB,
    @XmlEnumValue("MB") MB,
    @XmlEnumValue("M") M,
    @XmlEnumValue("MiB") MIB,
    @XmlEnumValue("GB") GB,
    @XmlEnumValue("G") G,
    @XmlEnumValue("GiB") GIB,
    @XmlEnumValue("TB") TB,
    @XmlEnumValue("T") T,
    @XmlEnumValue("TiB") TIB
}
