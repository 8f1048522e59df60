package org.vfmigrate.common.businessentities.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.vfmigrate.common.businessentities.NamedEntity;

/**
 * A logical network of a data center. A VM network carries guest traffic; a bridged VM network is what a
 * failover profile's virtio twin attaches to. External (provider) networks cannot back a failover
 * profile (SPEC-failover.md rule 4).
 */
@Entity
@Table(name = "networks")
public class Network extends NamedEntity {

    /** Largest 802.1Q VLAN id. */
    public static final int MAX_VLAN_ID = 4094;
    /** Smallest IPv4 MTU (RFC 791); 0 means "the data center default". */
    public static final int MIN_MTU = 68;
    public static final int MAX_MTU = 65520;
    /** Linux limits interface names to IFNAMSIZ - 1 characters. */
    public static final int MAX_BRIDGE_NAME_LENGTH = 15;

    @Column(length = 4000)
    private String description;

    @Column(name = "data_center_id", nullable = false)
    private UUID dataCenterId;

    @Column(name = "vm_network", nullable = false)
    private boolean vmNetwork = true;

    @Column(nullable = false)
    private boolean external;

    @Column(name = "vlan_id")
    private Integer vlanId;

    @Column(nullable = false)
    private int mtu;

    @Column(name = "bridge_name", length = MAX_BRIDGE_NAME_LENGTH)
    private String bridgeName;

    public Network() {
    }

    public Network(UUID id, String name, UUID dataCenterId) {
        super(id, name);
        this.dataCenterId = dataCenterId;
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

    public boolean isVmNetwork() {
        return vmNetwork;
    }

    public void setVmNetwork(boolean vmNetwork) {
        this.vmNetwork = vmNetwork;
    }

    public boolean isExternal() {
        return external;
    }

    public void setExternal(boolean external) {
        this.external = external;
    }

    public Integer getVlanId() {
        return vlanId;
    }

    public void setVlanId(Integer vlanId) {
        this.vlanId = vlanId;
    }

    public int getMtu() {
        return mtu;
    }

    public void setMtu(int mtu) {
        this.mtu = mtu;
    }

    public String getBridgeName() {
        return bridgeName;
    }

    public void setBridgeName(String bridgeName) {
        this.bridgeName = bridgeName;
    }

}
