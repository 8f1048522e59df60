package org.vfmigrate.common.businessentities;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.common.businessentities.migration.MigrationPolicy;

/**
 * A cluster of hosts inside a data center. Its compatibility version gates features: a VM NIC with a
 * failover profile needs level 4.6 or above (SPEC-failover.md rule 11).
 */
@Entity
@Table(name = "clusters")
public class Cluster extends NamedEntity {

    @Column(length = 4000)
    private String description;

    @Column(name = "data_center_id", nullable = false)
    private UUID dataCenterId;

    @Convert(converter = VersionConverter.class)
    @Column(name = "compatibility_version", nullable = false)
    private Version compatibilityVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_mode", nullable = false, length = 20)
    private MigrationMode migrationMode = MigrationMode.ENGINE_MANAGED;

    @Enumerated(EnumType.STRING)
    @Column(name = "balancing_policy", nullable = false, length = 30)
    private BalancingPolicy balancingPolicy = BalancingPolicy.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_policy", nullable = false, length = 30)
    private MigrationPolicy migrationPolicy = MigrationPolicy.MINIMAL_DOWNTIME;

    public Cluster() {
    }

    public Cluster(UUID id, String name, UUID dataCenterId, Version compatibilityVersion) {
        super(id, name);
        this.dataCenterId = dataCenterId;
        this.compatibilityVersion = compatibilityVersion;
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


    public MigrationMode getMigrationMode() {
        return migrationMode;
    }

    public void setMigrationMode(MigrationMode migrationMode) {
        this.migrationMode = migrationMode;
    }

    public BalancingPolicy getBalancingPolicy() {
        return balancingPolicy;
    }

    public void setBalancingPolicy(BalancingPolicy balancingPolicy) {
        this.balancingPolicy = balancingPolicy;
    }

    public MigrationPolicy getMigrationPolicy() {
        return migrationPolicy;
    }

    public void setMigrationPolicy(MigrationPolicy migrationPolicy) {
        this.migrationPolicy = migrationPolicy;
    }
}
