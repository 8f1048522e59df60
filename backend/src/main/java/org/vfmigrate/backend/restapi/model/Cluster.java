package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <cluster>}. */
@XmlRootElement(name = "cluster")
public class Cluster extends BaseResource {

    @XmlElement(name = "data_center")
    public Ref dataCenter;

    public ApiVersion version;
}
