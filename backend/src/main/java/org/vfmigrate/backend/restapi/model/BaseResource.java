package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlTransient;

/** What every top-level resource has: {@code id} and {@code href} attributes, name and description. */
@XmlTransient
public abstract class BaseResource {

    @XmlAttribute
    public String id;

    @XmlAttribute
    public String href;

    public String name;

    public String description;
}
