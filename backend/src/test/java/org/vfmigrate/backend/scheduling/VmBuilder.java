package org.vfmigrate.backend.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds the {@link SchedulingVm} of a test: by default a 4 GiB VM of {@link TestNetworks#CLUSTER}, not running. */
final class VmBuilder {

    private UUID clusterId = TestNetworks.CLUSTER;
    private long memoryMib = 4_096;
    private UUID currentHostId;
    private final List<SchedulingNic> nics = new ArrayList<>();

    static VmBuilder vm() {
        return new VmBuilder();
    }

    VmBuilder memoryMib(long mib) {
        this.memoryMib = mib;
        return this;
    }

    VmBuilder inCluster(UUID cluster) {
        this.clusterId = cluster;
        return this;
    }

    VmBuilder runningOn(SchedulingHost host) {
        this.currentHostId = host.id();
        return this;
    }

    VmBuilder virtio(String name, UUID networkId) {
        nics.add(SchedulingNic.virtio(name, networkId));
        return this;
    }

    VmBuilder passthrough(String name, UUID networkId) {
        nics.add(SchedulingNic.passthrough(name, networkId));
        return this;
    }

    VmBuilder failover(String name, UUID networkId, UUID failoverNetworkId) {
        nics.add(SchedulingNic.failover(name, networkId, failoverNetworkId));
        return this;
    }

    SchedulingVm build() {
        return new SchedulingVm(UUID.nameUUIDFromBytes("vm1".getBytes()), "vm1", clusterId, memoryMib, currentHostId,
                nics);
    }

    /** A request to schedule this VM over {@code hosts}. */
    SchedulingRequest over(HostBuilder... hosts) {
        List<SchedulingHost> built = new ArrayList<>();
        for (HostBuilder host : hosts) {
            built.add(host.build());
        }
        return new SchedulingRequest(build(), built, TestNetworks.NAMES);
    }

    @Override
    public String toString() {
        return "vm1 " + nics;
    }
}
