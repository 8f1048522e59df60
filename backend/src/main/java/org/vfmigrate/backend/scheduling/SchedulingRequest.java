package org.vfmigrate.backend.scheduling;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything one scheduling decision needs, loaded by the engine in one snapshot: the VM, the hosts to consider
 * (normally those of the VM's cluster; hosts of other clusters are simply filtered out), the network names used in
 * messages, and optionally a destination the user forced. A forced destination must be one of {@code hosts}; only it
 * is considered then, and its reasons are reported when it does not fit.
 *
 * @param vm                the VM to place
 * @param hosts             hosts to consider, any order
 * @param networkNames      network id → name, for messages; an unknown id is shown as the id
 * @param destinationHostId a forced destination, or {@code null} to choose among all hosts
 */
public record SchedulingRequest(SchedulingVm vm, List<SchedulingHost> hosts, Map<UUID, String> networkNames,
                                UUID destinationHostId) {

    public SchedulingRequest {
        Objects.requireNonNull(vm, "vm");
        hosts = List.copyOf(hosts);
        networkNames = Map.copyOf(networkNames);
        if (destinationHostId != null && findHost(hosts, destinationHostId) == null) {
            throw new IllegalArgumentException("destination host " + destinationHostId + " is not among the hosts");
        }
    }

    /** A request that lets the scheduler choose among all {@code hosts}. */
    public SchedulingRequest(SchedulingVm vm, List<SchedulingHost> hosts, Map<UUID, String> networkNames) {
        this(vm, hosts, networkNames, null);
    }

    /** The same request with {@code hostId} as forced destination. */
    public SchedulingRequest withDestination(UUID hostId) {
        return new SchedulingRequest(vm, hosts, networkNames, hostId);
    }

    /** The forced destination host, or {@code null}. */
    public SchedulingHost destinationHost() {
        return destinationHostId == null ? null : findHost(hosts, destinationHostId);
    }

    /** The name of {@code networkId} for messages. */
    public String networkName(UUID networkId) {
        String name = networkNames.get(networkId);
        return name != null ? name : String.valueOf(networkId);
    }

    private static SchedulingHost findHost(List<SchedulingHost> hosts, UUID hostId) {
        for (SchedulingHost host : hosts) {
            if (host.id().equals(hostId)) {
                return host;
            }
        }
        return null;
    }
}
