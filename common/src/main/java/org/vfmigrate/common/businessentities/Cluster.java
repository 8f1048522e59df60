package org.vfmigrate.common.businessentities;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A cluster of hosts inside a data center. Its compatibility version gates features: a VM NIC with a
 * failover profile needs level 4.6 or above (SPEC-failover.md rule 11).
 */
@Entity
@Table(name = "clusters")
public class Cluster implements Identifiable {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(length = 4000)
    private String description;

    @Column(name = "data_center_id", nullable = false)
    private UUID dataCenterId;

    @Convert(converter = VersionConverter.class)
    @Column(name = "compatibility_version", nullable = false)
    private Version compatibilityVersion;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public Cluster() {
    }

    public Cluster(UUID id, String name, UUID dataCenterId, Version compatibilityVersion) {
        this.id = id;
        this.name = name;
        this.dataCenterId = dataCenterId;
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

    public UUID getDataCenterId() {
        return dataCenterId;
    }

    public void setDataCenterId(UUID dataCenterId) {
        this.dataCenterId = dataCenterId;
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
