package org.vfmigrate.backend.scheduling;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.HostStatus;

/**
 * The scheduling rules written the obvious way, independently of {@link VmScheduler}: streams, maps and a comparator,
 * no precomputation. Used as the oracle for the large seeded inventories.
 */
final class BruteForceOracle {

    private BruteForceOracle() {
    }

    /** Names of the rules {@code host} breaks for {@code vm}; empty when it may run the VM. */
    static List<String> brokenRules(SchedulingHost host, SchedulingVm vm) {
        List<String> broken = new ArrayList<>();
        if (!host.clusterId().equals(vm.clusterId())) {
            broken.add("cluster");
        }
        if (host.status() != HostStatus.UP) {
            broken.add("status");
        }
        if (host.memoryKnown() && host.freeMemoryMib() < vm.memoryMib()) {
            broken.add("memory");
        }
        if (vm.nics().stream().anyMatch(nic -> !nic.passthrough() && nic.networkId() != null
                && !host.networkIds().contains(nic.networkId()))) {
            broken.add("networks");
        }
        if (vfDemand(vm).entrySet().stream()
                .anyMatch(need -> host.freeVfsByNetwork().getOrDefault(need.getKey(), 0) < need.getValue())) {
            broken.add("free VFs");
        }
        if (vm.nics().stream().anyMatch(nic -> nic.failoverNetworkId() != null
                && !host.networkIds().contains(nic.failoverNetworkId()))) {
            broken.add("failover network");
        }
        if (host.id().equals(vm.currentHostId())) {
            broken.add("current host");
        }
        return broken;
    }

    /** The best host that breaks no rule, by VF headroom, VMs, memory (known before unknown), name and id. */
    static Optional<SchedulingHost> best(SchedulingRequest request) {
        SchedulingVm vm = request.vm();
        Comparator<SchedulingHost> bestFirst = Comparator
                .comparingLong((SchedulingHost host) -> -vfHeadroom(host, vm))
                .thenComparingInt(SchedulingHost::runningVms)
                .thenComparing(host -> !host.memoryKnown())
                .thenComparingLong(host -> -host.freeMemoryMib())
                .thenComparing(SchedulingHost::name)
                .thenComparing(SchedulingHost::id);
        return request.hosts().stream().filter(host -> brokenRules(host, vm).isEmpty()).min(bestFirst);
    }

    /** Failover networks of the VM that no host of its cluster has, when the cluster has hosts. */
    static List<UUID> failoverNetworksAbsentFromCluster(SchedulingRequest request) {
        List<SchedulingHost> clusterHosts = request.hosts().stream()
                .filter(host -> host.clusterId().equals(request.vm().clusterId())).toList();
        if (clusterHosts.isEmpty()) {
            return List.of();
        }
        return request.vm().nics().stream().map(SchedulingNic::failoverNetworkId).filter(Objects::nonNull)
                .distinct()
                .filter(network -> clusterHosts.stream().noneMatch(host -> host.networkIds().contains(network)))
                .toList();
    }

    private static long vfHeadroom(SchedulingHost host, SchedulingVm vm) {
        return vfDemand(vm).entrySet().stream()
                .mapToLong(need -> host.freeVfsByNetwork().getOrDefault(need.getKey(), 0) - need.getValue())
                .min().orElse(0);
    }

    private static Map<UUID, Long> vfDemand(SchedulingVm vm) {
        return vm.nics().stream().filter(SchedulingNic::passthrough)
                .collect(groupingBy(SchedulingNic::networkId, counting()));
    }
}
