package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.MigrationResult;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;
import org.vfmigrate.vdsbroker.xml.builder.MigrationXmlRewriter;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * Asynchronous unplug and both migration modes on simulated hosts, with realistic latencies on a virtual
 * clock: unplug ack 2 s, 1024 MiB/s (a 1 GiB guest copies in 1 s), 300 ms stop-and-copy.
 */
class SimMigrationTest {

    private final SimHarness sim = new SimHarness();
    private final VmDescription vm = VmFixtures.vfWithTwin();
    private final VmNicDescription nic = vm.nics().get(0);
    private final String vfAlias = NicAliases.primary(nic.id());
    private final String mac = nic.mac().value();

    @BeforeEach
    void realistic() {
        sim.h1.configure(SimSettings.realistic());
        sim.h2.configure(SimSettings.realistic());
        sim.run(sim.h1, vm);
    }

    @Test
    void theLiveInterfaceAliasesAreTheDevicesNotTheEnginesMetadata() {
        assertThat(sim.h1.liveXml(vm.name())).contains("<metadata");
        assertThat(sim.h1.liveInterfaceAliases(vm.name())).contains(vfAlias, NicAliases.failoverTwin(nic.id()));

        sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(2));

        assertThat(sim.h1.liveXml(vm.name())).as("still named in the metadata").contains(vfAlias);
        assertThat(sim.h1.liveInterfaceAliases(vm.name())).doesNotContain(vfAlias)
            .contains(NicAliases.failoverTwin(nic.id()));
    }

    @Test
    void unplugCompletesOnlyWhenTheGuestAcknowledges() {
        CompletableFuture<Void> done = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofMillis(1999));
        assertThat(done).isNotDone();
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
        sim.clock.advance(Duration.ofMillis(1));
        assertThat(done).isCompleted();
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isEmpty();
        assertThat(sim.usedBy(sim.h1, VmFixtures.vf(0))).isNull();
        assertThat(sim.eventsOf(HostEvent.DeviceRemoved.class)).extracting(HostEvent.DeviceRemoved::alias)
            .containsExactly(vfAlias);
    }

    @Test
    void guestWithoutNetFailoverNeverReleasesTheVfAndTheWaitTimesOut() {
        sim.h1.configure(SimSettings.realistic().withGuests(java.util.List.of(new SimGuest(vm.name(), false, true))));
        CompletableFuture<Void> done = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(10));
        sim.clock.advance(Duration.ofSeconds(10));
        HostOperationException e = SimHarness.failure(done);
        assertThat(e.reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);
        assertThat(e.getMessage()).contains("vm-failover", "sim://h1", vfAlias);
        sim.clock.advance(Duration.ofMinutes(10));
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
        assertThat(sim.env.timeline(vm.name()).pathAt(mac, sim.clock.nowMillis())).isEqualTo(DataPath.VF);
    }

    @Test
    void guestWithoutHotplugNeverReleasesEvenTheVirtioTwin() {
        sim.h1.configure(SimSettings.realistic().withGuests(java.util.List.of(new SimGuest("*", true, false))));
        CompletableFuture<Void> done = sim.h1.unplugInterface(vm.name(), NicAliases.failoverTwin(nic.id()),
            Duration.ofSeconds(5));
        sim.clock.advance(Duration.ofSeconds(5));
        assertThat(SimHarness.failure(done).reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);
    }

    @Test
    void anUnplugTheGuestIgnoredStaysPendingWhileTheGuestCannotReleaseTheVf() {
        sim.h1.configure(SimSettings.realistic().withGuests(List.of(new SimGuest(vm.name(), true, false))));
        CompletableFuture<Void> first = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(10));
        sim.clock.advance(Duration.ofSeconds(10));
        assertThat(SimHarness.failure(first).reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);

        CompletableFuture<Void> again = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(10));
        sim.clock.advance(Duration.ofSeconds(10));

        assertThat(SimHarness.failure(again).reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
        assertThat(sim.eventsOf(HostEvent.DeviceRemoved.class)).isEmpty();
    }

    @Test
    void afterTheSimulationIsResetTheNextEngineManagedMigrationUnplugsAndMovesTheVm() {
        sim.h1.configure(SimSettings.realistic().withGuests(List.of(new SimGuest(vm.name(), true, false))));
        CompletableFuture<Void> timedOut = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(30));
        assertThat(SimHarness.failure(timedOut).reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);

        sim.h1.configure(SimSettings.ZERO_LATENCY);
        CompletableFuture<Void> unplugged = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.runDue();
        assertThat(unplugged).isCompleted();
        CompletableFuture<MigrationResult> migrated = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2"));
        sim.clock.runDue();

        assertThat(migrated).isCompleted();
        assertThat(sim.h2.runningDomains()).containsExactly(vm.name());
        assertThat(sim.eventsOf(HostEvent.DeviceRemoved.class)).extracting(HostEvent.DeviceRemoved::alias)
            .containsExactly(vfAlias);
        assertThat(sim.usedBy(sim.h1, VmFixtures.vf(0))).isNull();
    }

    @Test
    void aGuestThatIgnoredAnUnplugUnderANoAckFaultReleasesTheVfWhenAskedAgain() {
        sim.h1.configure(SimSettings.realistic().withFaults(List.of(
            new SimFault(SimFault.Operation.HOT_UNPLUG, vm.name(), SimFault.Kind.NO_ACK, 1, null, null))));
        CompletableFuture<Void> ignored = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(5));
        sim.clock.advance(Duration.ofSeconds(5));
        assertThat(SimHarness.failure(ignored).reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);

        CompletableFuture<Void> again = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(5));
        sim.clock.advance(Duration.ofMillis(1999));
        assertThat(again).isNotDone();
        sim.clock.advance(Duration.ofMillis(1));

        assertThat(again).isCompleted();
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isEmpty();
        assertThat(sim.eventsOf(HostEvent.DeviceRemoved.class)).hasSize(1);
    }

    @Test
    void twoWaitersOnOnePendingUnplugAreBothCompletedByTheOneAcknowledgement() {
        CompletableFuture<Void> first = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(1));
        CompletableFuture<Void> second = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(1));

        assertThat(first).isCompleted();
        assertThat(second).as("joined the pending request, not a new one").isCompleted();
        assertThat(sim.eventsOf(HostEvent.DeviceRemoved.class)).hasSize(1);
    }

    @Test
    void engineManagedMigrationKeepsTheNetworkOnVirtio() {
        long t0 = sim.clock.nowMillis();
        CompletableFuture<Void> unplugged = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(2));
        assertThat(unplugged).isCompleted();
        CompletableFuture<MigrationResult> migrated = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2"));
        sim.clock.advance(Duration.ofMillis(1299));
        assertThat(migrated).isNotDone();
        sim.clock.advance(Duration.ofMillis(1));
        MigrationResult r = migrated.join();
        assertThat(r.duration()).isEqualTo(Duration.ofMillis(1300));
        assertThat(r.downtime()).isEqualTo(Duration.ofMillis(300));
        assertThat(sim.h1.runningDomains()).isEmpty();
        assertThat(sim.h2.runningDomains()).containsExactly(vm.name());
        CompletableFuture<Void> plugged = sim.h2.plugInterface(vm.name(),
            new HotplugXmlBuilder().primaryXml(nic.withVf(VmFixtures.vf(2))));
        sim.clock.runDue();
        plugged.join();
        assertThat(sim.usedBy(sim.h2, VmFixtures.vf(2))).isEqualTo(vm.name());
        assertThat(sim.usedBy(sim.h1, VmFixtures.vf(0))).isNull();
        sim.clock.advance(Duration.ofSeconds(1));
        DataPathTimeline t = sim.env.timeline(vm.name());
        assertThat(t.outage(t0, sim.clock.nowMillis())).isEqualTo(Duration.ofMillis(300));
        assertThat(t.degraded(t0, sim.clock.nowMillis())).as("copy phase on the standby").isEqualTo(Duration.ofMillis(1000));
        assertThat(t.changesOf(mac)).extracting(DataPathTimeline.Change::path)
            .containsExactly(DataPath.VF, DataPath.VIRTIO, DataPath.PAUSED, DataPath.VIRTIO, DataPath.VF);
    }

    @Test
    void aVmRunsSomewhereThroughoutItsMigrationAndNowhereOnceDestroyed() {
        assertThat(sim.env.runsAnywhere(vm.name())).isTrue();
        assertThat(sim.env.runsAnywhere("never-defined")).isFalse();
        sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(2));
        CompletableFuture<MigrationResult> migrated = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2"));
        for (int ms = 0; ms < 1300; ms += 50) {
            sim.clock.advance(Duration.ofMillis(50));
            assertThat(sim.env.runsAnywhere(vm.name())).as("at %d ms of the migration", ms + 50).isTrue();
        }
        migrated.join();
        assertThat(sim.h2.runningDomains()).containsExactly(vm.name());

        sim.h2.destroy(vm.name());

        assertThat(sim.env.runsAnywhere(vm.name())).isFalse();
    }

    @Test
    void aGuestThatDirtiesMemoryFastConvergesOnlyOnceTheAllowedDowntimeIsRaisedEnough() {
        sim.h1.configure(SimSettings.realistic().withGuests(java.util.List.of(new SimGuest(vm.name(), true, true, 400))));
        sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(2));
        MigrationRequest request = new MigrationRequest("sim://h2", true, true, Duration.ofMillis(100), 0, null);
        CompletableFuture<MigrationResult> migrated = sim.h1.migrate(vm.name(), request);
        sim.clock.advance(Duration.ofSeconds(10));
        assertThat(migrated).as("still copying under a 100 ms limit").isNotDone();
        sim.h1.setMaxDowntime(vm.name(), Duration.ofMillis(300));
        sim.clock.advance(Duration.ofSeconds(10));
        assertThat(migrated).as("still copying under a 300 ms limit").isNotDone();

        sim.h1.setMaxDowntime(vm.name(), Duration.ofMillis(500));
        sim.clock.advance(Duration.ofMillis(400));

        MigrationResult r = migrated.join();
        assertThat(r.downtime()).isEqualTo(Duration.ofMillis(400));
        assertThat(sim.h2.runningDomains()).containsExactly(vm.name());
    }

    @Test
    void changingTheDowntimeOfADomainWithoutAMigrationJobIsRefused() {
        assertThatThrownBy(() -> sim.h1.setMaxDowntime(vm.name(), Duration.ofMillis(500)))
            .hasMessageContaining("no job is active on the domain");
    }

    @Test
    void hypervisorManagedMigrationUnplugsMigratesAndPlugsTheDestinationVf() {
        String destXml = new MigrationXmlRewriter().rewrite(sim.h1.liveXml(vm.name()), Map.of(vfAlias, VmFixtures.vf(3)));
        long t0 = sim.clock.nowMillis();
        CompletableFuture<MigrationResult> migrated =
            sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2").withDestinationXml(destXml));
        assertThat(sim.usedBy(sim.h2, VmFixtures.vf(3))).as("reserved before unplug").isEqualTo(vm.name());
        sim.clock.advance(Duration.ofMillis(3299));
        assertThat(migrated).isNotDone();
        sim.clock.advance(Duration.ofMillis(1));
        assertThat(migrated.join().duration()).isEqualTo(Duration.ofMillis(3300));
        DomainInterface vf = sim.live(sim.h2, vm.name()).interfaceByAlias(vfAlias).orElseThrow();
        assertThat(vf.getType()).isEqualTo(DomainInterfaceType.HOSTDEV);
        assertThat(vf.getSource().getAddress().toPciAddress()).isEqualTo(VmFixtures.vf(3));
        assertThat(sim.usedBy(sim.h1, VmFixtures.vf(0))).isNull();
        assertThat(sim.eventsOf(HostEvent.DeviceRemoved.class)).singleElement()
            .satisfies(e -> assertThat(e.host()).isEqualTo("sim://h1"));
        assertThat(sim.eventsOf(HostEvent.DeviceAdded.class)).singleElement()
            .satisfies(e -> assertThat(e.host()).isEqualTo("sim://h2"));
        assertThat(sim.eventsOf(HostEvent.MigrationProgress.class)).extracting(HostEvent.MigrationProgress::percent)
            .containsExactly(25, 50, 75, 100);
        assertThat(sim.eventsOf(HostEvent.MigrationCompleted.class)).singleElement()
            .satisfies(e -> assertThat(e.destination()).isEqualTo("sim://h2"));
        DataPathTimeline t = sim.env.timeline(vm.name());
        assertThat(t.outage(t0, sim.clock.nowMillis())).isEqualTo(Duration.ofMillis(300));
        assertThat(t.degraded(t0, sim.clock.nowMillis())).isEqualTo(Duration.ofMillis(1000));
        assertThat(t.pathAt(mac, sim.clock.nowMillis())).isEqualTo(DataPath.VF);
    }

    @Test
    void cancelDuringCopyReplugsTheVfOnTheSourceAndReleasesTheDestination() {
        String destXml = new MigrationXmlRewriter().rewrite(sim.h1.liveXml(vm.name()), Map.of(vfAlias, VmFixtures.vf(3)));
        CompletableFuture<MigrationResult> migrated =
            sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2").withDestinationXml(destXml));
        sim.clock.advance(Duration.ofMillis(2500));
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isEmpty();
        sim.h1.cancelMigration(vm.name());
        HostOperationException e = SimHarness.failure(migrated);
        assertThat(e.reason()).isEqualTo(HostOperationException.Reason.ABORTED);
        assertThat(e.detail()).isEqualTo("operation aborted: migration out job: canceled by client");
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
        assertThat(sim.usedBy(sim.h1, VmFixtures.vf(0))).isEqualTo(vm.name());
        assertThat(sim.usedBy(sim.h2, VmFixtures.vf(3))).isNull();
        assertThat(sim.h2.runningDomains()).isEmpty();
        assertThat(sim.eventsOf(HostEvent.MigrationFailed.class)).hasSize(1);
        assertThat(sim.env.timeline(vm.name()).pathAt(mac, sim.clock.nowMillis())).isEqualTo(DataPath.VF);
    }

    @Test
    void cancelWithoutAJobIsRefused() {
        assertThat(SimHarness.thrown(() -> sim.h1.cancelMigration(vm.name())).detail())
            .isEqualTo("Requested operation is not valid: no job is active on the domain");
    }

    @Test
    void requestBandwidthCapsTheCopy() {
        sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(30));
        sim.clock.advance(Duration.ofSeconds(2));
        CompletableFuture<MigrationResult> migrated = sim.h1.migrate(vm.name(),
            new MigrationRequest("sim://h2", true, true, Duration.ofMillis(500), 256, null));
        sim.clock.runUntilIdle();
        assertThat(migrated.join().duration()).isEqualTo(Duration.ofMillis(4300));
    }

    @Test
    void vmMigratesBackAndForth() {
        sim.h1.configure(SimSettings.ZERO_LATENCY);
        sim.h2.configure(SimSettings.ZERO_LATENCY);
        for (int i = 0; i < 10; i++) {
            SimHost from = i % 2 == 0 ? sim.h1 : sim.h2;
            String to = i % 2 == 0 ? "sim://h2" : "sim://h1";
            String dest = new MigrationXmlRewriter().rewrite(from.liveXml(vm.name()), Map.of(vfAlias, VmFixtures.vf(i % 4)));
            CompletableFuture<MigrationResult> f = from.migrate(vm.name(), MigrationRequest.to(to).withDestinationXml(dest));
            sim.clock.runUntilIdle();
            assertThat(f).isCompleted();
        }
        assertThat(sim.h1.runningDomains()).containsExactly(vm.name());
        assertThat(sim.env.timeline(vm.name()).outage()).isZero();
    }
}
