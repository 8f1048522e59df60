package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <api>}: links to the collections, product information and the server time. */
@XmlRootElement(name = "api")
public class Api {

    @XmlElement(name = "link")
    public List<Link> links = new ArrayList<>();

    @XmlElement(name = "product_info")
    public ProductInfo productInfo;

    public String time;
}
