package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <data_center>}. */
@XmlRootElement(name = "data_center")
public class DataCenter extends BaseResource {

    public ApiVersion version;

    public String status;

    public String local;
}
