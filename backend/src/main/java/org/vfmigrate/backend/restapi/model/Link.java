package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code <link href="…" rel="…"/>}. */
public class Link {

    @XmlAttribute
    public String href;

    @XmlAttribute
    public String rel;

    public Link() {
    }

    public Link(String href, String rel) {
        this.href = href;
        this.rel = rel;
    }
}
