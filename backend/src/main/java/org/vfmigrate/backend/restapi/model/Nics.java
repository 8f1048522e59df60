package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <nics>}: a collection of {@code <nic>}. */
@XmlRootElement(name = "nics")
public class Nics {

    @XmlElement(name = "nic")
    public List<Nic> items = new ArrayList<>();

    public Nics() {
    }

    public Nics(List<Nic> items) {
        this.items = items;
    }
}
