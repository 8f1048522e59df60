package org.vfmigrate.common.businessentities;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A data center: the scope of networks, clusters and MAC addresses. */
@Entity
@Table(name = "data_centers")
public class DataCenter implements Identifiable {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(length = 4000)
    private String description;

    @Convert(converter = VersionConverter.class)
    @Column(name = "compatibility_version", nullable = false)
    private Version compatibilityVersion;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public DataCenter() {
    }

    public DataCenter(UUID id, String name, Version compatibilityVersion) {
        this.id = id;
        this.name = name;
        this.compatibilityVersion = compatibilityVersion;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public long getRowVersion() {
        return rowVersion;
    }
}
