package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <jobs>}: a collection of {@code <job>}, newest first. */
@XmlRootElement(name = "jobs")
public class Jobs {

    @XmlElement(name = "job")
    public List<Job> items = new ArrayList<>();

    public Jobs() {
    }

    public Jobs(List<Job> items) {
        this.items = items;
    }
}
