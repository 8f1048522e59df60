package org.vfmigrate.common.businessentities.vm;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.Identifiable;

/**
 * A VM network interface attached through a vNIC profile. With a failover profile it stands for the VF and
 * its derived virtio twin; the twin is not stored as a NIC of its own (DESIGN.md §3).
 */
@Entity
@Table(name = "vm_interfaces")
public class VmNic implements Identifiable {

    @Id
    private UUID id;

    @Column(name = "vm_id", nullable = false)
    private UUID vmId;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "vnic_profile_id")
    private UUID vnicProfileId;

    @Column(name = "mac_address", nullable = false, length = 17)
    private String macAddress;

    @Column(nullable = false)
    private boolean plugged = true;

    @Column(nullable = false)
    private boolean linked = true;

    /** {@code null} until chosen: the add command derives it from the profile, persisting defaults to virtio. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VmNicType type;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public VmNic() {
    }

    public VmNic(UUID id, UUID vmId, String name, UUID vnicProfileId, String macAddress) {
        this.id = id;
        this.vmId = vmId;
        this.name = name;
        this.vnicProfileId = vnicProfileId;
        this.macAddress = macAddress;
    }

    @PrePersist
    @PreUpdate
    void defaultType() {
        if (type == null) {
            type = VmNicType.VIRTIO;
        }
    }

    @Override
    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getVmId() {
        return vmId;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getVnicProfileId() {
        return vnicProfileId;
    }

    public void setVnicProfileId(UUID vnicProfileId) {
        this.vnicProfileId = vnicProfileId;
    }

    public String getMacAddress() {
        return macAddress;
    }

    public void setMacAddress(String macAddress) {
        this.macAddress = macAddress;
    }

    public boolean isPlugged() {
        return plugged;
    }

    public void setPlugged(boolean plugged) {
        this.plugged = plugged;
    }

    public boolean isLinked() {
        return linked;
    }

    public void setLinked(boolean linked) {
        this.linked = linked;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    /** The type; {@code null} on a new NIC whose type is left to the profile. */
    public VmNicType getType() {
        return type;
    }

    public void setType(VmNicType type) {
        this.type = type;
    }
}
