package org.vfmigrate.backend.scheduling;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.HostStatus;

/**
 * One host as the scheduler sees it: a snapshot the engine loads from the database before scheduling. Besides
 * identity, cluster, status and free memory it holds the networks attached to the host (its bridges) and, per
 * network, how many VFs are free on the PFs serving that network. A VF on a PF that serves two networks counts for
 * both: the scheduler only needs "is there one", and the database claim made afterwards is the arbiter.
 *
 * @param id               host id
 * @param name             host name, unique in the engine; used in messages
 * @param status           only {@link HostStatus#UP} hosts are candidates
 * @param clusterId        the host's cluster
 * @param freeMemoryMib    memory still available for VMs, MiB; {@link #UNKNOWN_MEMORY} when the host's memory size
 *                         is not known
 * @param networkIds       networks attached to the host (bridges present)
 * @param freeVfsByNetwork per network id, free VFs on PFs serving it; absent means none
 * @param runningVms       VMs running on the host, for even distribution
 */
public record SchedulingHost(UUID id, String name, HostStatus status, UUID clusterId, long freeMemoryMib,
                             Set<UUID> networkIds, Map<UUID, Integer> freeVfsByNetwork, int runningVms) {

    /**
     * The free memory of a host whose memory size is not known (the engine reads none from libvirt, and a host
     * added without one has 0). That is no information: the host is neither excluded for memory nor preferred
     * for it ({@link MemoryFilter}, {@link HostScore}).
     */
    public static final long UNKNOWN_MEMORY = -1;

    public SchedulingHost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clusterId, "clusterId");
        networkIds = Set.copyOf(networkIds);
        freeVfsByNetwork = Map.copyOf(freeVfsByNetwork);
        for (Integer free : freeVfsByNetwork.values()) {
            if (free < 0) {
                throw new IllegalArgumentException("negative free VF count on host " + name);
            }
        }
        if (freeMemoryMib < 0 && freeMemoryMib != UNKNOWN_MEMORY || runningVms < 0) {
            throw new IllegalArgumentException("negative free memory or running VMs on host " + name);
        }
    }

    /** Whether the host's free memory is known at all. */
    public boolean memoryKnown() {
        return freeMemoryMib != UNKNOWN_MEMORY;
    }

    /** Whether {@code networkId} is attached to this host (its bridge is present). */
    public boolean hasNetwork(UUID networkId) {
        return networkIds.contains(networkId);
    }

    /** Free VFs on PFs serving {@code networkId}; 0 when no PF serves it. */
    public int freeVfs(UUID networkId) {
        Integer free = freeVfsByNetwork.get(networkId);
        return free == null ? 0 : free;
    }
}
