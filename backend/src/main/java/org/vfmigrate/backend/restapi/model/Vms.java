package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <vms>}: a collection of {@code <vm>}. */
@XmlRootElement(name = "vms")
public class Vms {

    @XmlElement(name = "vm")
    public List<Vm> items = new ArrayList<>();

    public Vms() {
    }

    public Vms(List<Vm> items) {
        this.items = items;
    }
}
