package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** A link to another resource, e.g. {@code <network id="…" href="…"/>}. */
public class Ref {

    @XmlAttribute
    public String id;

    @XmlAttribute
    public String href;

    public Ref() {
    }

    public Ref(String id, String href) {
        this.id = id;
        this.href = href;
    }
}
