package org.vfmigrate.common.businessentities;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A data center: the scope of networks, clusters and MAC addresses. */
@Entity
@Table(name = "data_centers")
public class DataCenter extends NamedEntity {

    @Column(length = 4000)
    private String description;

    @Convert(converter = VersionConverter.class)
    @Column(name = "compatibility_version", nullable = false)
    private Version compatibilityVersion;

    public DataCenter() {
    }

    public DataCenter(UUID id, String name, Version compatibilityVersion) {
        super(id, name);
        this.compatibilityVersion = compatibilityVersion;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Version getCompatibilityVersion() {
        return compatibilityVersion;
    }

    public void setCompatibilityVersion(Version compatibilityVersion) {
        this.compatibilityVersion = compatibilityVersion;
    }

}
