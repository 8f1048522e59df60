package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code <tag id='100' [nativeMode='untagged']/>} inside {@code <vlan>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceVLANTag {

    /** Native VLAN modes of a trunk. */
    @XmlEnum
    public enum NativeMode {
        @XmlEnumValue("tagged") TAGGED,
        @XmlEnumValue("untagged") UNTAGGED
    }

    @XmlAttribute(name = "id")
    private Integer id;

    @XmlAttribute(name = "nativeMode")
    private NativeMode nativeMode;

    public DomainInterfaceVLANTag() {
    }

    public DomainInterfaceVLANTag(int id) {
        this.id = id;
    }

    public Integer getId() {
        return id;
    }

    public NativeMode getNativeMode() {
        return nativeMode;
    }
}
