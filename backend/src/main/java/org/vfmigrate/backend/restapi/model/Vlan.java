package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <vlan id="100"/>}. */
public class Vlan {

    @XmlAttribute
    public String id;
}
