package org.vfmigrate.backend.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.vfmigrate.backend.scheduling.HostBuilder.host;
import static org.vfmigrate.backend.scheduling.TestNetworks.OTHER_CLUSTER;
import static org.vfmigrate.backend.scheduling.TestNetworks.OVIRTMGMT;
import static org.vfmigrate.backend.scheduling.TestNetworks.OVIRTMGMT_FAILOVER;
import static org.vfmigrate.backend.scheduling.TestNetworks.SRIOV_NET;
import static org.vfmigrate.backend.scheduling.TestNetworks.STORAGE_FAILOVER;
import static org.vfmigrate.backend.scheduling.VmBuilder.vm;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.scheduling.SchedulingResult.FailoverNetworkNotInCluster;
import org.vfmigrate.backend.scheduling.SchedulingResult.NoSuitableHost;
import org.vfmigrate.backend.scheduling.SchedulingResult.Selected;
import org.vfmigrate.common.businessentities.host.HostStatus;

/** Scheduling whole requests: which host is chosen, which reasons are reported, and the rule-15 outcome. */
class VmSchedulerTest {

    private static final String NO_VF = "there are no free virtual functions which are suitable for virtual nic(s) ";

    private final VmScheduler scheduler = new VmScheduler();

    @Test
    void threePassthroughNicsOnOneNetworkGoToTheHostWithThreeFreeVfs() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).passthrough("nic2", SRIOV_NET)
                .passthrough("nic3", SRIOV_NET)
                .over(host("h1").freeVfs(SRIOV_NET, 2), host("h2").freeVfs(SRIOV_NET, 3));

        assertThat(selectedHostName(request)).isEqualTo("h2");
    }

    @Test
    void threePassthroughNicsOnOneNetworkFindNoHostWithFewerFreeVfsAndTheUnservedNicsAreNamed() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).passthrough("nic2", SRIOV_NET)
                .passthrough("nic3", SRIOV_NET)
                .over(host("h1").freeVfs(SRIOV_NET, 2), host("h2").freeVfs(SRIOV_NET, 0));

        assertThat(reasons(request)).containsExactly(
                entry("h1", List.of(NO_VF + "nic3")),
                entry("h2", List.of(NO_VF + "nic1, nic2, nic3")));
    }

    @Test
    void aFailoverNicGoesOnlyToAHostWithTheFailoverNetwork() {
        SchedulingRequest request = vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .over(host("h1").freeVfs(SRIOV_NET, 8),
                        host("h2").freeVfs(SRIOV_NET, 1).networks(OVIRTMGMT_FAILOVER));

        assertThat(selectedHostName(request)).isEqualTo("h2");
    }

    @Test
    void aFailoverNicFindsNoHostWhenTheHostsWithItsFailoverNetworkHaveNoFreeVf() {
        SchedulingRequest request = vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .over(host("h1").freeVfs(SRIOV_NET, 8), host("h2").networks(OVIRTMGMT_FAILOVER));

        assertThat(reasons(request)).containsExactly(
                entry("h1", List.of("network(s) ovirtmgmt-failover are missing")),
                entry("h2", List.of(NO_VF + "nic1")));
    }

    @Test
    void aLegacyPassthroughNicWithoutFailoverNeedsNoBridgeAtAll() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).over(host("h1").freeVfs(SRIOV_NET, 1));

        assertThat(selectedHostName(request)).isEqualTo("h1");
    }

    @Test
    void aPlainVirtioNicNeedsItsNetworkAttached() {
        SchedulingRequest request = vm().virtio("nic1", OVIRTMGMT)
                .over(host("h1").freeVfs(OVIRTMGMT, 4), host("h2").networks(OVIRTMGMT));

        assertThat(selectedHostName(request)).isEqualTo("h2");
        assertThat(reasons(vm().virtio("nic1", OVIRTMGMT).over(host("h1"))))
                .containsExactly(entry("h1", List.of("network(s) ovirtmgmt are missing")));
    }

    @Test
    void everyRejectingFilterOfAHostIsReportedInFilterOrder() {
        SchedulingRequest request = vm().memoryMib(8192).virtio("nic0", OVIRTMGMT)
                .failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .over(host("h1").status(HostStatus.MAINTENANCE).freeMemoryMib(1024).networks(OVIRTMGMT_FAILOVER),
                        host("h2").networks(OVIRTMGMT));

        assertThat(reasons(request)).containsExactly(
                entry("h1", List.of("the host is not up (status maintenance)",
                        "the host has 1024 MiB free memory, the VM needs 8192 MiB",
                        "network(s) ovirtmgmt are missing", NO_VF + "nic1")),
                entry("h2", List.of(NO_VF + "nic1", "network(s) ovirtmgmt-failover are missing")));
    }

    @Test
    void aFailoverNetworkOnNoHostOfTheClusterIsItsOwnOutcomeEvenIfAnotherClusterHasIt() {
        SchedulingRequest request = vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .failover("nic2", SRIOV_NET, STORAGE_FAILOVER)
                .over(host("h1").freeVfs(SRIOV_NET, 2).networks(STORAGE_FAILOVER),
                        host("h2").inCluster(OTHER_CLUSTER).networks(OVIRTMGMT_FAILOVER));

        SchedulingResult result = scheduler.schedule(request);

        assertThat(result).isEqualTo(new FailoverNetworkNotInCluster(List.of("ovirtmgmt-failover")));
        assertThat(((FailoverNetworkNotInCluster) result).networkNamesText()).isEqualTo("ovirtmgmt-failover");
    }

    @Test
    void aFailoverNetworkOnlyOnAHostInMaintenanceIsStillInTheClusterSoHostsGetReasons() {
        SchedulingRequest request = vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .over(host("h1").status(HostStatus.MAINTENANCE).freeVfs(SRIOV_NET, 1).networks(OVIRTMGMT_FAILOVER),
                        host("h2").freeVfs(SRIOV_NET, 1));

        assertThat(reasons(request)).containsExactly(
                entry("h1", List.of("the host is not up (status maintenance)")),
                entry("h2", List.of("network(s) ovirtmgmt-failover are missing")));
    }

    @Test
    void aForcedDestinationMissingTheFailoverNetworkEverywhereStillGetsTheRule15Outcome() {
        SchedulingRequest request = vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .over(host("h1").freeVfs(SRIOV_NET, 1));

        assertThat(scheduler.schedule(request.withDestination(request.hosts().get(0).id())))
                .isInstanceOf(FailoverNetworkNotInCluster.class);
    }

    @Test
    void noHostAtAllIsNoSuitableHostWithNothingToReport() {
        SchedulingRequest request = vm().failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER).over();

        SchedulingResult result = scheduler.schedule(request);

        assertThat(result).isEqualTo(new NoSuitableHost(Map.of()));
        assertThat(((NoSuitableHost) result).summary()).isEqualTo("no host to consider");
    }

    @Test
    void aMigrationNeverChoosesTheHostTheVmRunsOnEvenWhenItIsTheBest() {
        HostBuilder source = host("h1").freeVfs(SRIOV_NET, 60).networks(OVIRTMGMT_FAILOVER);
        SchedulingRequest request = vm().runningOn(source.build()).failover("nic1", SRIOV_NET, OVIRTMGMT_FAILOVER)
                .over(source, host("h2").freeVfs(SRIOV_NET, 1).networks(OVIRTMGMT_FAILOVER));

        assertThat(selectedHostName(request)).isEqualTo("h2");
    }

    @Test
    void aMigrationWithOnlyTheCurrentHostFindsNoHost() {
        HostBuilder source = host("h1").networks(OVIRTMGMT);
        SchedulingRequest request = vm().runningOn(source.build()).virtio("nic1", OVIRTMGMT).over(source);

        assertThat(reasons(request)).containsExactly(entry("h1", List.of("the VM already runs on this host")));
    }

    @Test
    void theSelectedHostComesWithItsScore() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET)
                .over(host("h1").freeVfs(SRIOV_NET, 5).runningVms(3).freeMemoryMib(10_000));

        assertThat(scheduler.schedule(request))
                .isEqualTo(new Selected(request.hosts().get(0), new HostScore(4, 3, 10_000)));
    }

    private String selectedHostName(SchedulingRequest request) {
        SchedulingResult result = scheduler.schedule(request);
        assertThat(result).isInstanceOf(Selected.class);
        return ((Selected) result).host().name();
    }

    private Map<String, List<String>> reasons(SchedulingRequest request) {
        SchedulingResult result = scheduler.schedule(request);
        assertThat(result).isInstanceOf(NoSuitableHost.class);
        return ((NoSuitableHost) result).reasonsByHost();
    }
}
