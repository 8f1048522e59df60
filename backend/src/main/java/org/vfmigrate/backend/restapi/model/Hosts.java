package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <hosts>}: a collection of {@code <host>}. */
@XmlRootElement(name = "hosts")
public class Hosts {

    @XmlElement(name = "host")
    public List<Host> items = new ArrayList<>();

    public Hosts() {
    }

    public Hosts(List<Host> items) {
        this.items = items;
    }
}
