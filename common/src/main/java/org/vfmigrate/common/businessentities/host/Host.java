package org.vfmigrate.common.businessentities.host;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.NamedEntity;

/**
 * A hypervisor host of a cluster, reached through the host driver its address names ({@code sim://…} or a
 * libvirt URI). It runs at most {@link #getMaxParallelMigrations()} outgoing migrations at a time.
 */
@Entity
@Table(name = "hosts")
public class Host extends NamedEntity {

    @Column(nullable = false, length = 1024)
    private String address;

    @Column(name = "cluster_id", nullable = false)
    private UUID clusterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HostStatus status = HostStatus.MAINTENANCE;

    @Column(name = "memory_mib", nullable = false)
    private long memoryMib;

    @Column(name = "max_parallel_migrations", nullable = false)
    private int maxParallelMigrations = 2;

    public Host() {
    }

    public Host(UUID id, String name, String address, UUID clusterId) {
        super(id, name);
        this.address = address;
        this.clusterId = clusterId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public UUID getClusterId() {
        return clusterId;
    }

    public void setClusterId(UUID clusterId) {
        this.clusterId = clusterId;
    }

    public HostStatus getStatus() {
        return status;
    }

    public void setStatus(HostStatus status) {
        this.status = status;
    }

    public long getMemoryMib() {
        return memoryMib;
    }

    public void setMemoryMib(long memoryMib) {
        this.memoryMib = memoryMib;
    }

    public int getMaxParallelMigrations() {
        return maxParallelMigrations;
    }

    public void setMaxParallelMigrations(int maxParallelMigrations) {
        this.maxParallelMigrations = maxParallelMigrations;
    }

}
