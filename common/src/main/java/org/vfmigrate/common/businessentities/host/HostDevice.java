package org.vfmigrate.common.businessentities.host;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An SR-IOV PCI function of a host: a physical function (PF) or one of its virtual functions (VF). A VF records
 * who holds it (VM and NIC) and how far ({@link VfReservation}); the database row is the claim.
 */
@Entity
@Table(name = "host_devices")
public class HostDevice {

    @Id
    private UUID id;

    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    /** {@code dddd:bb:ss.f}. */
    @Column(name = "pci_address", nullable = false, length = 16)
    private String pciAddress;

    /** The PF of a VF; {@code null} for a PF. */
    @Column(name = "physical_function_id")
    private UUID physicalFunctionId;

    @Column(length = 15)
    private String netdev;

    @Column(name = "vm_id")
    private UUID vmId;

    @Column(name = "vm_nic_id")
    private UUID vmNicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VfReservation reservation = VfReservation.FREE;

    @Column(name = "reserved_at")
    private Instant reservedAt;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public HostDevice() {
    }

    public HostDevice(UUID id, UUID hostId, String pciAddress, UUID physicalFunctionId) {
        this.id = id;
        this.hostId = hostId;
        this.pciAddress = pciAddress;
        this.physicalFunctionId = physicalFunctionId;
    }

    public boolean isVirtualFunction() {
        return physicalFunctionId != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getHostId() {
        return hostId;
    }

    public String getPciAddress() {
        return pciAddress;
    }

    public UUID getPhysicalFunctionId() {
        return physicalFunctionId;
    }

    public String getNetdev() {
        return netdev;
    }

    public void setNetdev(String netdev) {
        this.netdev = netdev;
    }

    public UUID getVmId() {
        return vmId;
    }

    public UUID getVmNicId() {
        return vmNicId;
    }

    public VfReservation getReservation() {
        return reservation;
    }

    public Instant getReservedAt() {
        return reservedAt;
    }

    /** Gives the VF to a NIC in the given state. */
    public void hold(UUID vm, UUID nic, VfReservation state, Instant at) {
        this.vmId = vm;
        this.vmNicId = nic;
        this.reservation = state;
        this.reservedAt = at;
    }

    public void release() {
        this.vmId = null;
        this.vmNicId = null;
        this.reservation = VfReservation.FREE;
        this.reservedAt = null;
    }
}
