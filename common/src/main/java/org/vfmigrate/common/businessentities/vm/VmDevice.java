package org.vfmigrate.common.businessentities.vm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One device of a VM NIC on its host: the NIC itself, or for a VF NIC the VF and its derived failover twin.
 * The alias is deterministic from the NIC; {@code plugged} is the host's last reported truth.
 */
@Entity
@Table(name = "vm_devices")
public class VmDevice {

    @Id
    private UUID id;

    @Column(name = "vm_id", nullable = false)
    private UUID vmId;

    @Column(name = "vm_nic_id", nullable = false)
    private UUID vmNicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VmDeviceRole role;

    @Column(nullable = false, length = 64)
    private String alias;

    @Column(nullable = false)
    private boolean plugged;

    @Column(name = "host_device_id")
    private UUID hostDeviceId;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public VmDevice() {
    }

    public VmDevice(UUID id, UUID vmId, UUID vmNicId, VmDeviceRole role, String alias) {
        this.id = id;
        this.vmId = vmId;
        this.vmNicId = vmNicId;
        this.role = role;
        this.alias = alias;
    }

    public UUID getId() {
        return id;
    }

    public UUID getVmId() {
        return vmId;
    }

    public UUID getVmNicId() {
        return vmNicId;
    }

    public VmDeviceRole getRole() {
        return role;
    }

    public String getAlias() {
        return alias;
    }

    public boolean isPlugged() {
        return plugged;
    }

    public void setPlugged(boolean plugged) {
        this.plugged = plugged;
    }

    public UUID getHostDeviceId() {
        return hostDeviceId;
    }

    public void setHostDeviceId(UUID hostDeviceId) {
        this.hostDeviceId = hostDeviceId;
    }
}
