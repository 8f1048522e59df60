package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <vlan [trunk='yes']><tag id='100'/></vlan>}: VLAN tagging applied by the host (e.g. on the VF). */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceVLAN extends XmlExtensible {

    @XmlAttribute(name = "trunk")
    private YesNo trunk;

    @XmlElement(name = "tag")
    private List<DomainInterfaceVLANTag> tags;

    /** A single access-mode VLAN tag. */
    public static DomainInterfaceVLAN access(int id) {
        DomainInterfaceVLAN v = new DomainInterfaceVLAN();
        v.getTags().add(new DomainInterfaceVLANTag(id));
        return v;
    }

    public YesNo getTrunk() {
        return trunk;
    }

    public List<DomainInterfaceVLANTag> getTags() {
        if (tags == null) {
            tags = new ArrayList<>();
        }
        return tags;
    }
}
