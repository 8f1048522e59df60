package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <networks>}: a collection of {@code <network>}. */
@XmlRootElement(name = "networks")
public class Networks {

    @XmlElement(name = "network")
    public List<Network> items = new ArrayList<>();

    public Networks() {
    }

    public Networks(List<Network> items) {
        this.items = items;
    }
}
