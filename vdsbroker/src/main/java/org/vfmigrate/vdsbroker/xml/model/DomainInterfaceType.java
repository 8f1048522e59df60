package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code <interface type='…'>}: every network interface type libvirt knows. */
@XmlEnum
public enum DomainInterfaceType {
    @XmlEnumValue("bridge") BRIDGE,
    @XmlEnumValue("hostdev") HOSTDEV,
    @XmlEnumValue("network") NETWORK,
    @XmlEnumValue("ethernet") ETHERNET,
    @XmlEnumValue("direct") DIRECT,
    @XmlEnumValue("user") USER,
    @XmlEnumValue("vhostuser") VHOSTUSER,
    @XmlEnumValue("vdpa") VDPA,
    @XmlEnumValue("server") SERVER,
    @XmlEnumValue("client") CLIENT,
    @XmlEnumValue("mcast") MCAST,
    @XmlEnumValue("udp") UDP,
    @XmlEnumValue("internal") INTERNAL,
    @XmlEnumValue("null") NULL,
    @XmlEnumValue("vds") VDS
}
