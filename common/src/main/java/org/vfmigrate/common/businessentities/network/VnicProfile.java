package org.vfmigrate.common.businessentities.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.NamedEntity;

/**
 * A vNIC profile: how a VM NIC attaches to a network. A passthrough + migratable profile whose
 * {@link #getFailoverVnicProfileId() failover} points to a bridged profile makes the engine give the guest a
 * VF and a virtio twin with the same MAC (net_failover), so the VM migrates without losing its network.
 */
@Entity
@Table(name = "vnic_profiles")
public class VnicProfile extends NamedEntity {

    @Column(length = 4000)
    private String description;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false)
    private boolean passthrough;

    @Column(nullable = false)
    private boolean migratable;

    /** Profile providing the virtio standby NIC; {@code null} turns failover off. */
    @Column(name = "failover_vnic_profile_id")
    private UUID failoverVnicProfileId;

    public VnicProfile() {
    }

    public VnicProfile(UUID id, String name, UUID networkId) {
        super(id, name);
        this.networkId = networkId;
    }

    /** A detached copy, so an update can be validated against the stored original. */
    public VnicProfile copy() {
        VnicProfile c = new VnicProfile(getId(), getName(), networkId);
        c.description = description;
        c.passthrough = passthrough;
        c.migratable = migratable;
        c.failoverVnicProfileId = failoverVnicProfileId;
        c.setRowVersion(getRowVersion());
        return c;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public void setNetworkId(UUID networkId) {
        this.networkId = networkId;
    }

    public boolean isPassthrough() {
        return passthrough;
    }

    public void setPassthrough(boolean passthrough) {
        this.passthrough = passthrough;
    }

    public boolean isMigratable() {
        return migratable;
    }

    public void setMigratable(boolean migratable) {
        this.migratable = migratable;
    }

    public UUID getFailoverVnicProfileId() {
        return failoverVnicProfileId;
    }

    public void setFailoverVnicProfileId(UUID failoverVnicProfileId) {
        this.failoverVnicProfileId = failoverVnicProfileId;
    }

}
