package org.vfmigrate.dal.dao.host;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;

/**
 * The SR-IOV inventory of hosts and the VF claims on it. A claim is one SQL statement that picks a free VF with
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent claims (threads or engine processes sharing the database) never
 * get the same VF and never wait on each other.
 */
public interface HostDeviceDao {

    HostDevice get(UUID id);

    /** PFs and VFs of the host, by PCI address. */
    List<HostDevice> getAllForHost(UUID hostId);

    /** PF id → ids of the networks it serves. */
    Map<UUID, Set<UUID>> getPhysicalFunctionNetworks(UUID hostId);

    /**
     * Makes the stored inventory match the host's: adds new PFs and VFs, updates the networks PFs serve, and
     * drops free devices that are gone. Returns the addresses of held VFs the host no longer has (drift).
     */
    List<String> syncInventory(UUID hostId, List<PhysicalFunctionRecord> physicalFunctions);

    /** Claims one free VF on a PF of the host serving the network for the NIC; empty when none is free. */
    Optional<HostDevice> claimFreeVf(UUID hostId, UUID networkId, UUID vmId, UUID nicId, VfReservation state,
            Instant at);

    /** The device at a PCI address of the host. */
    Optional<HostDevice> getByAddress(UUID hostId, String pciAddress);

    /** The VF the NIC holds on the host, if any. */
    Optional<HostDevice> getHeldBy(UUID nicId, UUID hostId);

    /** Every VF of the host that a NIC holds (reserved or attached): one query for all of them. */
    List<HostDevice> getAllHeldOnHost(UUID hostId);

    /** Every VF held for the VM, on any host. */
    List<HostDevice> getAllHeldByVm(UUID vmId);

    void setReservation(UUID deviceId, VfReservation state);

    void release(UUID deviceId);

    /** Releases every VF held for the VM; returns how many. */
    int releaseAllForVm(UUID vmId);

    /** Host id → network id → number of free VFs, for every host of the cluster. */
    Map<UUID, Map<UUID, Integer>> freeVfCountsInCluster(UUID clusterId);
}
