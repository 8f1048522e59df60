package org.vfmigrate.backend.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the filters and the weigher need from one request, derived once before the host loop so that checking a host
 * only does set and map look-ups: the distinct bridged networks of the VM's NICs, the distinct passthrough networks
 * with the number of NICs on each, and the distinct failover networks, each in the VM's NIC order so that messages
 * list names in that order.
 */
final class SchedulingContext {

    private final SchedulingRequest request;
    private final UUID[] bridgedNetworks;
    private final UUID[] vfNetworks;
    private final int[] vfDemand;
    private final String[] passthroughNics;
    private final int[] passthroughNicNetwork;
    private final UUID[] failoverNetworks;

    private SchedulingContext(SchedulingRequest request, List<UUID> bridged, List<UUID> vfNetworks, int[] vfDemand,
                              List<String> passthroughNics, int[] passthroughNicNetwork, List<UUID> failover) {
        this.request = request;
        this.bridgedNetworks = bridged.toArray(UUID[]::new);
        this.vfNetworks = vfNetworks.toArray(UUID[]::new);
        this.vfDemand = vfDemand;
        this.passthroughNics = passthroughNics.toArray(String[]::new);
        this.passthroughNicNetwork = passthroughNicNetwork;
        this.failoverNetworks = failover.toArray(UUID[]::new);
    }

    static SchedulingContext of(SchedulingRequest request) {
        List<SchedulingNic> nics = request.vm().nics();
        List<UUID> bridged = new ArrayList<>();
        List<UUID> vfNetworks = new ArrayList<>();
        List<String> passthroughNames = new ArrayList<>();
        List<UUID> failover = new ArrayList<>();
        int[] demand = new int[nics.size()];
        int[] nicNetwork = new int[nics.size()];
        for (SchedulingNic nic : nics) {
            if (nic.passthrough()) {
                int index = vfNetworks.indexOf(nic.networkId());
                if (index < 0) {
                    index = vfNetworks.size();
                    vfNetworks.add(nic.networkId());
                }
                demand[index]++;
                nicNetwork[passthroughNames.size()] = index;
                passthroughNames.add(nic.name());
            } else if (nic.networkId() != null && !bridged.contains(nic.networkId())) {
                bridged.add(nic.networkId());
            }
            if (nic.hasFailover() && !failover.contains(nic.failoverNetworkId())) {
                failover.add(nic.failoverNetworkId());
            }
        }
        return new SchedulingContext(request, bridged, vfNetworks, demand, passthroughNames, nicNetwork, failover);
    }

    SchedulingVm vm() {
        return request.vm();
    }

    String networkName(UUID networkId) {
        return request.networkName(networkId);
    }

    /** Distinct networks of the non-passthrough NICs, which need their bridge on the host. */
    UUID[] bridgedNetworks() {
        return bridgedNetworks;
    }

    /** Number of distinct networks of passthrough NICs. */
    int vfNetworkCount() {
        return vfNetworks.length;
    }

    UUID vfNetwork(int index) {
        return vfNetworks[index];
    }

    /** How many passthrough NICs use {@link #vfNetwork(int)}: each needs its own VF. */
    int vfDemand(int index) {
        return vfDemand[index];
    }

    int passthroughNicCount() {
        return passthroughNics.length;
    }

    String passthroughNicName(int nic) {
        return passthroughNics[nic];
    }

    /** Index into {@link #vfNetwork(int)} of passthrough NIC number {@code nic}. */
    int passthroughNicNetwork(int nic) {
        return passthroughNicNetwork[nic];
    }

    /** Distinct failover networks, whose bridges the virtio twins need. */
    UUID[] failoverNetworks() {
        return failoverNetworks;
    }
}
