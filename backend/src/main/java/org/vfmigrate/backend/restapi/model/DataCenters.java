package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <data_centers>}: a collection of {@code <data_center>}. */
@XmlRootElement(name = "data_centers")
public class DataCenters {

    @XmlElement(name = "data_center")
    public List<DataCenter> items = new ArrayList<>();

    public DataCenters() {
    }

    public DataCenters(List<DataCenter> items) {
        this.items = items;
    }
}
