package org.vfmigrate.common.businessentities.vm;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.NamedEntity;

/**
 * A virtual machine of a cluster: its size, guest OS (which decides whether it can run net_failover), run
 * state and the host it runs on.
 */
@Entity
@Table(name = "vms")
public class Vm extends NamedEntity {

    @Column(name = "cluster_id", nullable = false)
    private UUID clusterId;

    @Column(name = "memory_mib", nullable = false)
    private long memoryMib = 1024;

    @Column(nullable = false)
    private int vcpus = 1;

    @Convert(converter = GuestOsConverter.class)
    @Column(name = "os_type", nullable = false, length = 40)
    private GuestOs osType = GuestOs.OTHER_LINUX;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VmStatus status = VmStatus.DOWN;

    @Column(name = "run_on_host_id")
    private UUID runOnHostId;

    @Column(name = "migration_policy", length = 40)
    private String migrationPolicy;

    public Vm() {
    }

    public Vm(UUID id, String name, UUID clusterId) {
        super(id, name);
        this.clusterId = clusterId;
    }

    public UUID getClusterId() {
        return clusterId;
    }

    public void setClusterId(UUID clusterId) {
        this.clusterId = clusterId;
    }

    public long getMemoryMib() {
        return memoryMib;
    }

    public void setMemoryMib(long memoryMib) {
        this.memoryMib = memoryMib;
    }

    public int getVcpus() {
        return vcpus;
    }

    public void setVcpus(int vcpus) {
        this.vcpus = vcpus;
    }

    public GuestOs getOsType() {
        return osType;
    }

    public void setOsType(GuestOs osType) {
        this.osType = osType;
    }

    public VmStatus getStatus() {
        return status;
    }

    public void setStatus(VmStatus status) {
        this.status = status;
    }

    public UUID getRunOnHostId() {
        return runOnHostId;
    }

    public void setRunOnHostId(UUID runOnHostId) {
        this.runOnHostId = runOnHostId;
    }

    public String getMigrationPolicy() {
        return migrationPolicy;
    }

    public void setMigrationPolicy(String migrationPolicy) {
        this.migrationPolicy = migrationPolicy;
    }

}
