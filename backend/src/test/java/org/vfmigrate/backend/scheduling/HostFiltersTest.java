package org.vfmigrate.backend.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.vfmigrate.backend.scheduling.HostBuilder.host;
import static org.vfmigrate.backend.scheduling.TestNetworks.OTHER;
import static org.vfmigrate.backend.scheduling.TestNetworks.OTHER_CLUSTER;
import static org.vfmigrate.backend.scheduling.TestNetworks.OVIRTMGMT;
import static org.vfmigrate.backend.scheduling.TestNetworks.OVIRTMGMT_FAILOVER;
import static org.vfmigrate.backend.scheduling.TestNetworks.SRIOV_B;
import static org.vfmigrate.backend.scheduling.TestNetworks.SRIOV_NET;
import static org.vfmigrate.backend.scheduling.TestNetworks.STORAGE_FAILOVER;
import static org.vfmigrate.backend.scheduling.VmBuilder.vm;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfmigrate.common.businessentities.host.HostStatus;

/** Every filter on its own, passing and rejecting, with the exact reason text the user sees. */
class HostFiltersTest {

    private static final String NO_VF = "there are no free virtual functions which are suitable for virtual nic(s) ";
    private static final SchedulingHost RUNNING_HOST = host("h1").build();

    static Stream<Arguments> cases() {
        return Stream.of(
                passes("a host of the VM's cluster passes the cluster filter",
                        new ClusterFilter(), host("h1"), vm()),
                rejects("a host of another cluster is rejected by the cluster filter",
                        new ClusterFilter(), host("h1").inCluster(OTHER_CLUSTER), vm(),
                        "the host is not in the VM's cluster"),

                passes("an up host passes the status filter",
                        new HostStatusFilter(), host("h1"), vm()),
                rejects("a host in maintenance is rejected by the status filter",
                        new HostStatusFilter(), host("h1").status(HostStatus.MAINTENANCE), vm(),
                        "the host is not up (status maintenance)"),
                rejects("a non-responsive host is rejected by the status filter",
                        new HostStatusFilter(), host("h1").status(HostStatus.NON_RESPONSIVE), vm(),
                        "the host is not up (status non_responsive)"),

                passes("a host with exactly the VM's memory free passes the memory filter",
                        new MemoryFilter(), host("h1").freeMemoryMib(4096), vm().memoryMib(4096)),
                rejects("a host one MiB short of the VM's memory is rejected by the memory filter",
                        new MemoryFilter(), host("h1").freeMemoryMib(4095), vm().memoryMib(4096),
                        "the host has 4095 MiB free memory, the VM needs 4096 MiB"),
                passes("a host whose memory is not known is not excluded by the memory filter, even for a large VM",
                        new MemoryFilter(), host("h1").unknownMemory(), vm().memoryMib(4_194_304)),

                passes("a host with the virtio NIC's network passes the network filter",
                        new NetworkFilter(), host("h1").networks(OVIRTMGMT), vm().virtio("nic1", OVIRTMGMT)),
                rejects("a host without the virtio NIC's network is rejected by the network filter",
                        new NetworkFilter(), host("h1"), vm().virtio("nic1", OVIRTMGMT),
                        "network(s) ovirtmgmt are missing"),
                rejects("the network filter names each missing network once, in NIC order",
                        new NetworkFilter(), host("h1").networks(OVIRTMGMT),
                        vm().virtio("nic1", SRIOV_NET).virtio("nic2", OVIRTMGMT).virtio("nic3", OTHER)
                                .virtio("nic4", SRIOV_NET),
                        "network(s) sriov-net, other are missing"),
                passes("a passthrough NIC's network need not be attached to pass the network filter",
                        new NetworkFilter(), host("h1"), vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)),
                passes("a NIC without network passes the network filter",
                        new NetworkFilter(), host("h1"), vm().virtio("nic1", null)),

                passes("a host with a free VF for the passthrough NIC passes the VF filter",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_NET, 1), vm().passthrough("nic1", SRIOV_NET)),
                rejects("a host without a free VF for the passthrough NIC is rejected by the VF filter",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_NET, 0), vm().passthrough("nic1", SRIOV_NET),
                        NO_VF + "nic1"),
                rejects("a host whose VFs serve another network is rejected by the VF filter",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_B, 8), vm().passthrough("nic1", SRIOV_NET),
                        NO_VF + "nic1"),
                passes("two passthrough NICs on one network pass the VF filter with two free VFs",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_NET, 2),
                        vm().passthrough("nic1", SRIOV_NET).failover("nic2", SRIOV_NET, OVIRTMGMT_FAILOVER)),
                rejects("two passthrough NICs on one network with one free VF leave the second NIC without a VF",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_NET, 1),
                        vm().passthrough("nic1", SRIOV_NET).passthrough("nic2", SRIOV_NET),
                        NO_VF + "nic2"),
                rejects("two passthrough NICs on one network with no free VF are both named",
                        new FreeVfFilter(), host("h1"),
                        vm().passthrough("nic1", SRIOV_NET).passthrough("nic2", SRIOV_NET),
                        NO_VF + "nic1, nic2"),
                rejects("the VF filter names the NICs without a VF in the VM's NIC order across networks",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_NET, 1).freeVfs(SRIOV_B, 1),
                        vm().passthrough("nic1", SRIOV_B).passthrough("nic2", SRIOV_NET)
                                .passthrough("nic3", SRIOV_B).passthrough("nic4", SRIOV_NET),
                        NO_VF + "nic3, nic4"),
                passes("NICs on two networks served by one PF pass the VF filter as each network counts its VFs",
                        new FreeVfFilter(), host("h1").freeVfs(SRIOV_NET, 1).freeVfs(SRIOV_B, 1),
                        vm().passthrough("nic1", SRIOV_NET).passthrough("nic2", SRIOV_B)),
                passes("a virtio NIC needs no VF to pass the VF filter",
                        new FreeVfFilter(), host("h1"), vm().virtio("nic1", SRIOV_NET)),

                passes("a host with the failover network passes the failover network filter",
                        new FailoverNetworkFilter(), host("h1").networks(OVIRTMGMT_FAILOVER),
                        vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)),
                rejects("a host without the failover network is rejected by the failover network filter",
                        new FailoverNetworkFilter(), host("h1").networks(SRIOV_NET, OVIRTMGMT),
                        vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER),
                        "network(s) ovirtmgmt-failover are missing"),
                rejects("the failover network filter names a failover network shared by two NICs once",
                        new FailoverNetworkFilter(), host("h1").networks(STORAGE_FAILOVER),
                        vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                                .failover("nic2", SRIOV_B, OVIRTMGMT_FAILOVER)
                                .failover("nic3", SRIOV_B, STORAGE_FAILOVER),
                        "network(s) ovirtmgmt-failover are missing"),
                passes("a legacy passthrough NIC without failover passes the failover network filter with no bridge",
                        new FailoverNetworkFilter(), host("h1"), vm().passthrough("nic1", SRIOV_NET)),

                passes("any host passes the current host filter when the VM is starting",
                        new CurrentHostFilter(), host("h1"), vm()),
                passes("another host passes the current host filter when the VM migrates",
                        new CurrentHostFilter(), host("h2"), vm().runningOn(RUNNING_HOST)),
                rejects("the VM's own host is rejected by the current host filter when it migrates",
                        new CurrentHostFilter(), host("h1"), vm().runningOn(RUNNING_HOST),
                        "the VM already runs on this host"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void filterAcceptsOrExplains(String scenario, HostFilter filter, HostBuilder hostBuilder, VmBuilder vmBuilder,
                                 String expectedReason) {
        SchedulingHost host = hostBuilder.build();
        SchedulingContext context = SchedulingContext.of(
                new SchedulingRequest(vmBuilder.build(), List.of(host), TestNetworks.NAMES));

        assertThat(filter.accepts(host, context)).isEqualTo(expectedReason == null);
        if (expectedReason != null) {
            assertThat(filter.rejectionReason(host, context)).isEqualTo(expectedReason);
        }
    }

    private static Arguments passes(String scenario, HostFilter filter, HostBuilder host, VmBuilder vm) {
        return arguments(scenario, filter, host, vm, null);
    }

    private static Arguments rejects(String scenario, HostFilter filter, HostBuilder host, VmBuilder vm,
                                     String reason) {
        return arguments(scenario, filter, host, vm, reason);
    }
}
