package org.vfmigrate.backend.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.vfmigrate.backend.scheduling.HostBuilder.host;
import static org.vfmigrate.backend.scheduling.TestNetworks.OVIRTMGMT;
import static org.vfmigrate.backend.scheduling.TestNetworks.SRIOV_B;
import static org.vfmigrate.backend.scheduling.TestNetworks.SRIOV_NET;
import static org.vfmigrate.backend.scheduling.VmBuilder.vm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vfmigrate.backend.scheduling.SchedulingResult.NoSuitableHost;
import org.vfmigrate.backend.scheduling.SchedulingResult.Selected;

/**
 * Which passing host wins: VF headroom, then fewer VMs, then more free memory (a known amount before an unknown
 * one), then name and id; forced hosts.
 */
class HostWeightingTest {

    private final VmScheduler scheduler = new VmScheduler();

    @Test
    void moreFreeVfsOnThePassthroughNetworkWinsOverFewerVmsAndMoreMemory() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).over(
                host("h1").freeVfs(SRIOV_NET, 3).runningVms(0).freeMemoryMib(500_000),
                host("h2").freeVfs(SRIOV_NET, 4).runningVms(20).freeMemoryMib(8_192));

        assertThat(selected(request)).isEqualTo("h2");
    }

    @Test
    void theTightestOfTheVmsPassthroughNetworksDecidesNotTheSumOfFreeVfs() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).passthrough("nic2", SRIOV_B).over(
                host("h1").freeVfs(SRIOV_NET, 30).freeVfs(SRIOV_B, 1),
                host("h2").freeVfs(SRIOV_NET, 5).freeVfs(SRIOV_B, 5));

        assertThat(selected(request)).isEqualTo("h2");
    }

    @Test
    void withEqualVfHeadroomTheHostRunningFewerVmsWins() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).over(
                host("h1").freeVfs(SRIOV_NET, 4).runningVms(5).freeMemoryMib(500_000),
                host("h2").freeVfs(SRIOV_NET, 4).runningVms(4).freeMemoryMib(8_192));

        assertThat(selected(request)).isEqualTo("h2");
    }

    @Test
    void freeVfsDoNotWeighForAVmWithoutPassthroughNics() {
        SchedulingRequest request = vm().virtio("nic1", OVIRTMGMT).over(
                host("h1").networks(OVIRTMGMT).freeVfs(SRIOV_NET, 64).runningVms(2),
                host("h2").networks(OVIRTMGMT).runningVms(1));

        assertThat(selected(request)).isEqualTo("h2");
    }

    @Test
    void withEqualVfsAndVmsTheHostWithMoreFreeMemoryWins() {
        SchedulingRequest request = vm().over(
                host("h1").runningVms(3).freeMemoryMib(16_384),
                host("h2").runningVms(3).freeMemoryMib(16_385));

        assertThat(selected(request)).isEqualTo("h2");
    }

    @Test
    void withEqualVfsAndVmsAHostWithKnownFreeMemoryWinsOverOneWhoseMemoryIsNotKnown() {
        SchedulingRequest request = vm().memoryMib(1024).over(
                host("a-unknown").runningVms(3).unknownMemory(),
                host("b-known").runningVms(3).freeMemoryMib(1024));

        assertThat(selected(request)).isEqualTo("b-known");
    }

    @Test
    void aHostWhoseMemoryIsNotKnownStillWinsOnVfHeadroomAndOnFewerVms() {
        SchedulingRequest byVfs = vm().passthrough("nic1", SRIOV_NET).over(
                host("h1").freeVfs(SRIOV_NET, 4).unknownMemory(),
                host("h2").freeVfs(SRIOV_NET, 3).freeMemoryMib(500_000));
        SchedulingRequest byVms = vm().over(
                host("h1").runningVms(1).unknownMemory(),
                host("h2").runningVms(2).freeMemoryMib(500_000));

        assertThat(selected(byVfs)).isEqualTo("h1");
        assertThat(selected(byVms)).isEqualTo("h1");
    }

    @Test
    void hostsWhoseMemoryIsNotKnownTieOnMemoryAndAreChosenByName() {
        SchedulingRequest request = vm().over(host("h2").unknownMemory(), host("h1").unknownMemory());

        assertThat(selected(request)).isEqualTo("h1");
    }

    @Test
    void aNegativeFreeMemoryOtherThanUnknownIsRefusedWhenTheHostIsBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> host("h1").freeMemoryMib(-2).build())
                .withMessageContaining("negative free memory");
    }

    @Test
    void equalScoresAreBrokenByHostNameThenHostId() {
        UUID low = new UUID(0, 1);
        UUID high = new UUID(0, 2);
        SchedulingRequest byName = vm().over(host("h2"), host("h10"), host("h1"));
        SchedulingRequest byId = vm().over(host("twin").id(high), host("twin").id(low));

        assertThat(selected(byName)).isEqualTo("h1");
        assertThat(((Selected) scheduler.schedule(byId)).host().id()).isEqualTo(low);
    }

    @ParameterizedTest(name = "hosts shuffled with seed {0} still choose h03")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theChoiceAmongEqualHostsDoesNotDependOnTheOrderHostsWereLoaded(long seed) {
        List<HostBuilder> hosts = new ArrayList<>();
        for (int i = 9; i >= 3; i--) {
            hosts.add(host("h0" + i).freeVfs(SRIOV_NET, 2).runningVms(1));
        }
        hosts.add(host("h01").freeVfs(SRIOV_NET, 1));
        hosts.add(host("h02").freeVfs(SRIOV_NET, 2).runningVms(2));
        Collections.shuffle(hosts, new Random(seed));

        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).over(hosts.toArray(HostBuilder[]::new));

        assertThat(selected(request)).isEqualTo("h03");
    }

    @Test
    void aForcedDestinationIsChosenEvenWhenAnotherHostScoresBetter() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).over(
                host("h1").freeVfs(SRIOV_NET, 60), host("h2").freeVfs(SRIOV_NET, 1).runningVms(30));

        SchedulingResult result = scheduler.schedule(request.withDestination(request.hosts().get(1).id()));

        assertThat(((Selected) result).host().name()).isEqualTo("h2");
    }

    @Test
    void aForcedDestinationThatDoesNotFitReportsOnlyItsOwnReasons() {
        SchedulingRequest request = vm().passthrough("nic1", SRIOV_NET).over(
                host("h1").freeVfs(SRIOV_NET, 60), host("h2"));

        SchedulingResult result = scheduler.schedule(request.withDestination(request.hosts().get(1).id()));

        assertThat(((NoSuitableHost) result).summary()).isEqualTo(
                "host h2: there are no free virtual functions which are suitable for virtual nic(s) nic1");
    }

    @Test
    void aForcedDestinationThatIsNotAmongTheHostsIsRefusedWhenTheRequestIsBuilt() {
        SchedulingRequest request = vm().over(host("h1"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> request.withDestination(new UUID(7, 7)))
                .withMessageContaining("is not among the hosts");
    }

    private String selected(SchedulingRequest request) {
        SchedulingResult result = scheduler.schedule(request);
        assertThat(result).isInstanceOf(Selected.class);
        return ((Selected) result).host().name();
    }
}
