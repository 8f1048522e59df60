package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code <product_info>}: what answers at the API root. */
public class ProductInfo {

    public String name;

    public String vendor;

    public ProductVersion version;

    /** {@code <version>} of the product, in the shape the oVirt SDKs read. */
    public static class ProductVersion {

        public String build;

        @XmlElement(name = "full_version")
        public String fullVersion;

        public String major;

        public String minor;

        public String revision;
    }
}
