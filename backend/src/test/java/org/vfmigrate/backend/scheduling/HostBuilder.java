package org.vfmigrate.backend.scheduling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.HostStatus;

/**
 * Builds one {@link SchedulingHost} for a test, stating only what the test is about: by default an up host of
 * {@link TestNetworks#CLUSTER} with 64 GiB free, no VMs, no networks and no VFs.
 */
final class HostBuilder {

    private final String name;
    private UUID id;
    private HostStatus status = HostStatus.UP;
    private UUID clusterId = TestNetworks.CLUSTER;
    private long freeMemoryMib = 65_536;
    private final Set<UUID> networks = new HashSet<>();
    private final Map<UUID, Integer> freeVfs = new HashMap<>();
    private int runningVms;

    private HostBuilder(String name) {
        this.name = name;
        this.id = UUID.nameUUIDFromBytes(name.getBytes());
    }

    static HostBuilder host(String name) {
        return new HostBuilder(name);
    }

    HostBuilder id(UUID hostId) {
        this.id = hostId;
        return this;
    }

    HostBuilder status(HostStatus hostStatus) {
        this.status = hostStatus;
        return this;
    }

    HostBuilder inCluster(UUID cluster) {
        this.clusterId = cluster;
        return this;
    }

    HostBuilder freeMemoryMib(long mib) {
        this.freeMemoryMib = mib;
        return this;
    }

    /** A host whose memory size is not known. */
    HostBuilder unknownMemory() {
        this.freeMemoryMib = SchedulingHost.UNKNOWN_MEMORY;
        return this;
    }

    HostBuilder networks(UUID... networkIds) {
        networks.addAll(Set.of(networkIds));
        return this;
    }

    HostBuilder freeVfs(UUID networkId, int count) {
        freeVfs.put(networkId, count);
        return this;
    }

    HostBuilder runningVms(int count) {
        this.runningVms = count;
        return this;
    }

    SchedulingHost build() {
        return new SchedulingHost(id, name, status, clusterId, freeMemoryMib, networks, freeVfs, runningVms);
    }

    @Override
    public String toString() {
        return name;
    }
}
