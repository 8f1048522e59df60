package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <clusters>}: a collection of {@code <cluster>}. */
@XmlRootElement(name = "clusters")
public class Clusters {

    @XmlElement(name = "cluster")
    public List<Cluster> items = new ArrayList<>();

    public Clusters() {
    }

    public Clusters(List<Cluster> items) {
        this.items = items;
    }
}
