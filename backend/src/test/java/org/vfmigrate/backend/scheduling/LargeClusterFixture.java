package org.vfmigrate.backend.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.HostStatus;

/**
 * A large, seeded, in-memory host inventory for the correctness test against a brute-force oracle and for the JMH
 * benchmark: most hosts in one cluster and up, bridges present on most hosts, and per host two PFs sharing
 * {@code vfsPerHost} VFs, each PF serving one or two of four SR-IOV networks with a random number of VFs in use
 * (a fifth of the PFs full). Free memory is whole GiB so that ties on memory occur.
 *
 * @param clusterId    the main cluster
 * @param hosts        the generated hosts
 * @param networkNames names of every network
 * @param ovirtmgmt    bridged management network
 * @param failover     bridged failover network
 * @param storage      another bridged network
 * @param sriov        the four SR-IOV networks
 */
public record LargeClusterFixture(UUID clusterId, List<SchedulingHost> hosts, Map<UUID, String> networkNames,
                                  UUID ovirtmgmt, UUID failover, UUID storage, List<UUID> sriov) {

    private static final HostStatus[] NOT_UP = {
        HostStatus.MAINTENANCE, HostStatus.NON_RESPONSIVE, HostStatus.PREPARING_FOR_MAINTENANCE};

    /** {@code hostCount} hosts of {@code vfsPerHost} VFs each, the same for the same {@code seed}. */
    public static LargeClusterFixture generate(long seed, int hostCount, int vfsPerHost) {
        Random random = new Random(seed);
        Map<UUID, String> names = new LinkedHashMap<>();
        UUID ovirtmgmt = network(names, "ovirtmgmt");
        UUID failover = network(names, "ovirtmgmt-failover");
        UUID storage = network(names, "storage");
        List<UUID> sriov = List.of(network(names, "sriov-a"), network(names, "sriov-b"), network(names, "sriov-c"),
                network(names, "sriov-d"));
        UUID cluster = new UUID(seed, 0);
        UUID otherCluster = new UUID(seed, 1);
        List<SchedulingHost> hosts = new ArrayList<>(hostCount);
        for (int i = 0; i < hostCount; i++) {
            Set<UUID> bridges = new HashSet<>();
            addSometimes(random, 0.97, bridges, ovirtmgmt);
            addSometimes(random, 0.85, bridges, failover);
            addSometimes(random, 0.70, bridges, storage);
            Map<UUID, Integer> freeVfs = new HashMap<>();
            addPf(random, vfsPerHost / 2, sriov, freeVfs);
            addPf(random, vfsPerHost - vfsPerHost / 2, sriov, freeVfs);
            hosts.add(new SchedulingHost(new UUID(random.nextLong(), random.nextLong()), String.format("host-%04d", i),
                    random.nextDouble() < 0.92 ? HostStatus.UP : NOT_UP[random.nextInt(NOT_UP.length)],
                    random.nextDouble() < 0.9 ? cluster : otherCluster, 1024L * random.nextInt(257), bridges, freeVfs,
                    random.nextInt(41)));
        }
        return new LargeClusterFixture(cluster, List.copyOf(hosts), Map.copyOf(names), ovirtmgmt, failover, storage,
                sriov);
    }

    /** The same inventory with about {@code share} of the hosts' memory size unknown, chosen by {@code seed}. */
    public LargeClusterFixture withUnknownMemory(long seed, double share) {
        Random random = new Random(seed);
        List<SchedulingHost> changed = new ArrayList<>(hosts.size());
        for (SchedulingHost h : hosts) {
            changed.add(random.nextDouble() >= share ? h : new SchedulingHost(h.id(), h.name(), h.status(),
                    h.clusterId(), SchedulingHost.UNKNOWN_MEMORY, h.networkIds(), h.freeVfsByNetwork(), h.runningVms()));
        }
        return new LargeClusterFixture(clusterId, List.copyOf(changed), networkNames, ovirtmgmt, failover, storage,
                sriov);
    }

    /**
     * The benchmark's VM: 4 failover NICs (two on sriov-a, one on sriov-b, one on sriov-c, all with the failover
     * network) and a virtio NIC on ovirtmgmt, 8 GiB, migrating away from the first host.
     */
    public SchedulingVm migratingVmWithFourFailoverNics() {
        List<SchedulingNic> nics = List.of(
                SchedulingNic.failover("nic1", sriov.get(0), failover),
                SchedulingNic.failover("nic2", sriov.get(0), failover),
                SchedulingNic.failover("nic3", sriov.get(1), failover),
                SchedulingNic.failover("nic4", sriov.get(2), failover),
                SchedulingNic.virtio("nic5", ovirtmgmt));
        return new SchedulingVm(new UUID(42, 42), "vm-bench", clusterId, 8_192, hosts.get(0).id(), nics);
    }

    /** A request to schedule {@code vm} over every host of the fixture. */
    public SchedulingRequest request(SchedulingVm vm) {
        return new SchedulingRequest(vm, hosts, networkNames);
    }

    private static UUID network(Map<UUID, String> names, String name) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        names.put(id, name);
        return id;
    }

    private static void addSometimes(Random random, double probability, Set<UUID> set, UUID network) {
        if (random.nextDouble() < probability) {
            set.add(network);
        }
    }

    /** One PF of {@code vfs} VFs serving one or two networks; its free VFs count for each network it serves. */
    private static void addPf(Random random, int vfs, List<UUID> sriov, Map<UUID, Integer> freeVfs) {
        int used = random.nextDouble() < 0.2 ? vfs : random.nextInt(vfs + 1);
        int free = vfs - used;
        UUID first = sriov.get(random.nextInt(sriov.size()));
        freeVfs.merge(first, free, Integer::sum);
        if (random.nextBoolean()) {
            UUID second = sriov.get(random.nextInt(sriov.size()));
            if (!second.equals(first)) {
                freeVfs.merge(second, free, Integer::sum);
            }
        }
    }
}
