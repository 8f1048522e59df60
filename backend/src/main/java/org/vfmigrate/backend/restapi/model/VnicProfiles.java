package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <vnic_profiles>}: a collection of {@code <vnic_profile>}. */
@XmlRootElement(name = "vnic_profiles")
public class VnicProfiles {

    @XmlElement(name = "vnic_profile")
    public List<VnicProfile> items = new ArrayList<>();

    public VnicProfiles() {
    }

    public VnicProfiles(List<VnicProfile> items) {
        this.items = items;
    }
}
