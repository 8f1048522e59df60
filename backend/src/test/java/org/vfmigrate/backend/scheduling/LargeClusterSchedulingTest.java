package org.vfmigrate.backend.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfmigrate.backend.scheduling.SchedulingResult.FailoverNetworkNotInCluster;
import org.vfmigrate.backend.scheduling.SchedulingResult.NoSuitableHost;
import org.vfmigrate.backend.scheduling.SchedulingResult.Selected;

/**
 * 1,000 hosts × 64 VFs generated from seeds, VMs of random shape: the scheduler's answer must be the brute-force
 * oracle's. Correctness only; how fast it is belongs to the JMH benchmark.
 */
class LargeClusterSchedulingTest {

    private static final int HOSTS = 1_000;
    private static final int VFS_PER_HOST = 64;

    private final VmScheduler scheduler = new VmScheduler();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    @ParameterizedTest(name = "seed {0}: a VM of random shape gets the oracle's host or the oracle's reasons")
    @MethodSource("seeds")
    void aVmOfRandomShapeGetsWhatTheOracleDecides(long seed) {
        LargeClusterFixture fixture = LargeClusterFixture.generate(seed, HOSTS, VFS_PER_HOST);
        SchedulingRequest request = fixture.request(randomVm(fixture, new Random(seed * 7919), 0, 4));

        assertAgreesWithOracle(request, scheduler.schedule(request));
    }

    @ParameterizedTest(name = "seed {0}: a VM with 16 to 64 passthrough NICs gets what the oracle decides, often no host")
    @MethodSource("seeds")
    void aVmWithManyPassthroughNicsGetsWhatTheOracleDecides(long seed) {
        LargeClusterFixture fixture = LargeClusterFixture.generate(seed, HOSTS, VFS_PER_HOST);
        SchedulingRequest request = fixture.request(randomVm(fixture, new Random(seed * 104_729), 16, 64));

        assertAgreesWithOracle(request, scheduler.schedule(request));
    }

    @ParameterizedTest(name = "seed {0}: with a tenth of the hosts' memory unknown, a VM gets what the oracle decides")
    @MethodSource("seeds")
    void hostsWhoseMemoryIsNotKnownAreScheduledAsTheOracleDecides(long seed) {
        LargeClusterFixture fixture = LargeClusterFixture.generate(seed, HOSTS, VFS_PER_HOST)
                .withUnknownMemory(seed * 31, 0.1);
        SchedulingRequest small = fixture.request(randomVm(fixture, new Random(seed * 7919), 0, 4));
        SchedulingVm benchVm = fixture.migratingVmWithFourFailoverNics();
        SchedulingRequest tooBigForKnownMemory = fixture.request(new SchedulingVm(benchVm.id(), benchVm.name(),
                benchVm.clusterId(), 300 * 1024, null, benchVm.nics()));

        assertAgreesWithOracle(small, scheduler.schedule(small));
        assertAgreesWithOracle(tooBigForKnownMemory, scheduler.schedule(tooBigForKnownMemory));
    }

    @ParameterizedTest(name = "seed {0}: the benchmark VM lands on a host that passes every filter")
    @MethodSource("seeds")
    void theBenchmarkVmLandsOnAHostThatPassesEveryFilter(long seed) {
        LargeClusterFixture fixture = LargeClusterFixture.generate(seed, HOSTS, VFS_PER_HOST);
        SchedulingRequest request = fixture.request(fixture.migratingVmWithFourFailoverNics());

        SchedulingResult result = scheduler.schedule(request);

        assertThat(result).isInstanceOf(Selected.class);
        SchedulingHost chosen = ((Selected) result).host();
        assertThat(BruteForceOracle.brokenRules(chosen, request.vm())).isEmpty();
        assertThat(chosen).isEqualTo(BruteForceOracle.best(request).orElseThrow());
    }

    @Test
    void aVmTooBigForEveryHostGetsTheReasonsOfAllThousandHostsAndABoundedSummary() {
        LargeClusterFixture fixture = LargeClusterFixture.generate(99, HOSTS, VFS_PER_HOST);
        SchedulingVm benchVm = fixture.migratingVmWithFourFailoverNics();
        SchedulingRequest request = fixture.request(new SchedulingVm(benchVm.id(), benchVm.name(),
                benchVm.clusterId(), 300 * 1024, null, benchVm.nics()));

        SchedulingResult result = scheduler.schedule(request);

        assertAgreesWithOracle(request, result);
        assertThat(((NoSuitableHost) result).summary()).startsWith("host host-0000: ").endsWith("; … and 995 more");
    }

    @Test
    void aFailoverNetworkThatNoHostOfTheClusterHasIsTheRule15Outcome() {
        LargeClusterFixture fixture = LargeClusterFixture.generate(5, HOSTS, VFS_PER_HOST);
        UUID nowhere = new UUID(5, 5);
        List<SchedulingNic> nics = new ArrayList<>(fixture.migratingVmWithFourFailoverNics().nics());
        nics.add(SchedulingNic.failover("nic6", fixture.sriov().get(3), nowhere));
        SchedulingRequest request = new SchedulingRequest(new SchedulingVm(new UUID(6, 6), "vm6",
                fixture.clusterId(), 1024, null, nics), fixture.hosts(), fixture.networkNames());

        assertThat(BruteForceOracle.failoverNetworksAbsentFromCluster(request)).containsExactly(nowhere);
        assertThat(scheduler.schedule(request)).isEqualTo(new FailoverNetworkNotInCluster(List.of(nowhere.toString())));
    }

    private static void assertAgreesWithOracle(SchedulingRequest request, SchedulingResult result) {
        assertThat(BruteForceOracle.failoverNetworksAbsentFromCluster(request)).isEmpty();
        Optional<SchedulingHost> best = BruteForceOracle.best(request);
        if (best.isPresent()) {
            assertThat(result).isInstanceOf(Selected.class);
            assertThat(((Selected) result).host()).isEqualTo(best.get());
            return;
        }
        assertThat(result).isInstanceOf(NoSuitableHost.class);
        var reasons = ((NoSuitableHost) result).reasonsByHost();
        assertThat(reasons).hasSize(request.hosts().size());
        for (SchedulingHost host : request.hosts()) {
            assertThat(reasons.get(host.name())).as(host.name())
                    .hasSameSizeAs(BruteForceOracle.brokenRules(host, request.vm()));
        }
    }

    /** {@code min..max} failover or legacy passthrough NICs, up to two virtio NICs, maybe migrating. */
    private static SchedulingVm randomVm(LargeClusterFixture fixture, Random random, int min, int max) {
        List<SchedulingNic> nics = new ArrayList<>();
        int passthrough = min + random.nextInt(max - min + 1);
        for (int i = 0; i < passthrough; i++) {
            UUID network = fixture.sriov().get(random.nextInt(random.nextBoolean() ? 1 : fixture.sriov().size()));
            nics.add(random.nextInt(4) == 0 ? SchedulingNic.passthrough("vf" + i, network)
                    : SchedulingNic.failover("vf" + i, network, fixture.failover()));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            nics.add(SchedulingNic.virtio("virtio" + i, random.nextBoolean() ? fixture.ovirtmgmt() : fixture.storage()));
        }
        UUID currentHost = random.nextBoolean() ? null : fixture.hosts().get(random.nextInt(HOSTS)).id();
        return new SchedulingVm(new UUID(random.nextLong(), 1), "vm", fixture.clusterId(),
                1024L * (1 + random.nextInt(64)), currentHost, nics);
    }
}
