package org.vfmigrate.common.businessentities.vm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.Identifiable;

/**
 * A virtual machine of a cluster. This first slice keeps what the vNIC profile rules need (which VMs use a
 * profile); scheduling, run state and migration fields come with the VM lifecycle.
 */
@Entity
@Table(name = "vms")
public class Vm implements Identifiable {

    @Id
    private UUID id;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(name = "cluster_id", nullable = false)
    private UUID clusterId;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public Vm() {
    }

    public Vm(UUID id, String name, UUID clusterId) {
        this.id = id;
        this.name = name;
        this.clusterId = clusterId;
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

    public UUID getClusterId() {
        return clusterId;
    }

    public void setClusterId(UUID clusterId) {
        this.clusterId = clusterId;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
