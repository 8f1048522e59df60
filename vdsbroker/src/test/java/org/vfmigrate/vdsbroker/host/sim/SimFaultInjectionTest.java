package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.MigrationResult;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;
import org.vfmigrate.vdsbroker.xml.builder.MigrationXmlRewriter;

/** Every injected fault kind on every operation, per VM or for all VMs, with {@code times}. */
class SimFaultInjectionTest {

    private final SimHarness sim = new SimHarness();
    private final VmDescription vm = VmFixtures.vfWithTwin();
    private final String vfAlias = NicAliases.primary(vm.nics().get(0).id());

    private void faults(SimFault... faults) {
        sim.h1.configure(SimSettings.ZERO_LATENCY.withFaults(List.of(faults)));
    }

    private static SimFault fault(SimFault.Operation op, String vm, SimFault.Kind kind, Integer times, Long delay) {
        return new SimFault(op, vm, kind, times, delay, null);
    }

    @Test
    void startFailsOnceThenSucceeds() {
        faults(new SimFault(SimFault.Operation.START, vm.name(), SimFault.Kind.FAIL, null, null, "boom"));
        sim.h1.define(sim.builder.buildXml(vm));
        HostOperationException e = SimHarness.failure(sim.h1.start(vm.name()));
        assertThat(e.detail()).isEqualTo("boom");
        assertThat(e.operation()).isEqualTo(HostOperation.START);
        assertThat(sim.h1.runningDomains()).isEmpty();
        sim.h1.start(vm.name()).join();
        assertThat(sim.h1.runningDomains()).containsExactly(vm.name());
    }

    @Test
    void startHangsForever() {
        faults(fault(SimFault.Operation.START, "*", SimFault.Kind.HANG, null, null));
        sim.h1.define(sim.builder.buildXml(vm));
        CompletableFuture<Void> f = sim.h1.start(vm.name());
        sim.clock.advance(Duration.ofHours(1));
        assertThat(f).isNotDone();
    }

    @Test
    void startIsDelayed() {
        faults(fault(SimFault.Operation.START, "*", SimFault.Kind.DELAY, null, 500L));
        sim.h1.define(sim.builder.buildXml(vm));
        CompletableFuture<Void> f = sim.h1.start(vm.name());
        sim.clock.advance(Duration.ofMillis(499));
        assertThat(f).isNotDone();
        sim.clock.advance(Duration.ofMillis(1));
        assertThat(f).isCompleted();
    }

    @Test
    void hotPlugFailsTwiceForTheNamedVmOnly() {
        sim.run(sim.h1, vm);
        VmDescription other = new VmDescription(VmFixtures.id(0x77), "other", 512, 1,
            List.of(VmFixtures.nic(5, VmFixtures.MGMT_PROFILE, null)));
        sim.run(sim.h1, other);
        faults(fault(SimFault.Operation.HOT_PLUG, vm.name(), SimFault.Kind.FAIL, 2, null));
        String vf = new HotplugXmlBuilder().primaryXml(VmFixtures.nic(6, VmFixtures.SRIOV_PLAIN, VmFixtures.vf(1)));
        String vf2 = new HotplugXmlBuilder().primaryXml(VmFixtures.nic(7, VmFixtures.SRIOV_PLAIN, VmFixtures.vf(2)));
        assertThat(sim.h1.plugInterface("other", vf2)).isCompleted();
        assertThat(SimHarness.failure(sim.h1.plugInterface(vm.name(), vf)).detail()).contains("injected fault");
        assertThat(SimHarness.failure(sim.h1.plugInterface(vm.name(), vf)).operation()).isEqualTo(HostOperation.HOT_PLUG);
        assertThat(sim.h1.plugInterface(vm.name(), vf)).isCompleted();
    }

    @Test
    void hotPlugHangsAndIsDelayed() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.HOT_PLUG, "*", SimFault.Kind.HANG, null, null),
            fault(SimFault.Operation.HOT_PLUG, "*", SimFault.Kind.DELAY, null, 100L));
        String vf = new HotplugXmlBuilder().primaryXml(VmFixtures.nic(6, VmFixtures.SRIOV_PLAIN, VmFixtures.vf(1)));
        CompletableFuture<Void> hung = sim.h1.plugInterface(vm.name(), vf);
        CompletableFuture<Void> delayed = sim.h1.plugInterface(vm.name(), vf);
        sim.clock.advance(Duration.ofMillis(99));
        assertThat(delayed).isNotDone();
        sim.clock.advance(Duration.ofMillis(1));
        assertThat(delayed).isCompleted();
        sim.clock.advance(Duration.ofHours(1));
        assertThat(hung).isNotDone();
    }

    @Test
    void hotUnplugFailHangDelayAndNoAck() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.HOT_UNPLUG, "*", SimFault.Kind.FAIL, null, null),
            fault(SimFault.Operation.HOT_UNPLUG, "*", SimFault.Kind.HANG, null, null),
            fault(SimFault.Operation.HOT_UNPLUG, "*", SimFault.Kind.NO_ACK, null, null),
            fault(SimFault.Operation.HOT_UNPLUG, "*", SimFault.Kind.DELAY, null, 700L));
        assertThat(SimHarness.failure(sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(1))).operation())
            .isEqualTo(HostOperation.HOT_UNPLUG);
        CompletableFuture<Void> hung = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(1));
        sim.clock.advance(Duration.ofHours(1));
        assertThat(hung).isNotDone();
        CompletableFuture<Void> noAck = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(3));
        sim.clock.advance(Duration.ofSeconds(3));
        assertThat(SimHarness.failure(noAck).reason()).isEqualTo(HostOperationException.Reason.TIMEOUT);
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
    }

    @Test
    void hotUnplugDelayAddsToTheAcknowledgement() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.HOT_UNPLUG, "*", SimFault.Kind.DELAY, null, 700L));
        CompletableFuture<Void> f = sim.h1.unplugInterface(vm.name(), vfAlias, Duration.ofSeconds(5));
        sim.clock.advance(Duration.ofMillis(699));
        assertThat(f).isNotDone();
        sim.clock.advance(Duration.ofMillis(1));
        assertThat(f).isCompleted();
    }

    @Test
    void migrateFailsBeforeAnythingHappens() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.MIGRATE, "*", SimFault.Kind.FAIL, null, null));
        HostOperationException e = SimHarness.failure(sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2")));
        assertThat(e.detail()).isEqualTo("operation failed: migration out job: unexpectedly failed");
        assertThat(sim.h1.runningDomains()).containsExactly(vm.name());
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
    }

    @Test
    void migrateHangsUntilCancelled() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.MIGRATE, "*", SimFault.Kind.HANG, null, null));
        CompletableFuture<MigrationResult> f = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2")
            .withDestinationXml(dest()));
        sim.clock.advance(Duration.ofHours(1));
        assertThat(f).isNotDone();
        sim.h1.cancelMigration(vm.name());
        assertThat(SimHarness.failure(f).reason()).isEqualTo(HostOperationException.Reason.ABORTED);
        assertThat(sim.live(sim.h1, vm.name()).interfaceByAlias(vfAlias)).isPresent();
    }

    @Test
    void migrateIsDelayed() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.MIGRATE, "*", SimFault.Kind.DELAY, null, 250L));
        CompletableFuture<MigrationResult> f = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2")
            .withDestinationXml(dest()));
        sim.clock.runUntilIdle();
        assertThat(f.join().duration()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void migrateNoAckWaitsForTheGuestForeverUntilCancelled() {
        sim.run(sim.h1, vm);
        faults(fault(SimFault.Operation.MIGRATE, "*", SimFault.Kind.NO_ACK, null, null));
        CompletableFuture<MigrationResult> f = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2")
            .withDestinationXml(dest()));
        sim.clock.advance(Duration.ofHours(1));
        assertThat(f).isNotDone();
        assertThat(sim.usedBy(sim.h2, VmFixtures.vf(1))).isEqualTo(vm.name());
        sim.h1.cancelMigration(vm.name());
        assertThat(f).isCompletedExceptionally();
        assertThat(sim.usedBy(sim.h2, VmFixtures.vf(1))).isNull();
    }

    private String dest() {
        return new MigrationXmlRewriter().rewrite(sim.h1.liveXml(vm.name()), Map.of(vfAlias, VmFixtures.vf(1)));
    }
}
