package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <steps>}: a job's steps, in order. */
@XmlRootElement(name = "steps")
public class Steps {

    @XmlElement(name = "step")
    public List<Step> items = new ArrayList<>();

    public Steps() {
    }

    public Steps(List<Step> items) {
        this.items = items;
    }
}
