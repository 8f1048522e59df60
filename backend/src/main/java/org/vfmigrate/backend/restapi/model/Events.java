package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <events>}: a collection of {@code <event>}. */
@XmlRootElement(name = "events")
public class Events {

    @XmlElement(name = "event")
    public List<Event> items = new ArrayList<>();

    public Events() {
    }

    public Events(List<Event> items) {
        this.items = items;
    }
}
