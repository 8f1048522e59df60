package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainAlias;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceModel;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceTeaming;

/** The simulated host enforces libvirt's rules with libvirt's messages. */
class SimHostRulesTest {

    private final SimHarness sim = new SimHarness();
    private final DomainXmlCodec codec = DomainXmlCodec.get();

    private Domain failoverDomain() {
        return sim.builder.build(VmFixtures.vfWithTwin());
    }

    @Test
    void duplicateAliasIsRefusedAtDefine() {
        Domain d = failoverDomain();
        d.getDevices().getInterfaces().get(1).setAlias(d.getDevices().getInterfaces().get(0).getAlias());
        HostOperationException e = SimHarness.thrown(() -> sim.h1.define(codec.write(d)));
        assertThat(e.detail()).isEqualTo("unsupported configuration: non unique alias detected: "
            + NicAliases.primary(VmFixtures.id(0x101)));
        assertThat(e.operation()).isEqualTo(HostOperation.DEFINE);
        assertThat(e.getMessage()).isEqualTo("Cannot define host sim://h1: " + e.detail());
    }

    @Test
    void transientTeamingNeedsPersistent() {
        Domain d = failoverDomain();
        d.getDevices().getInterfaces().get(0).setTeaming(DomainInterfaceTeaming.transientOf(null));
        assertThat(SimHarness.thrown(() -> sim.h1.define(codec.write(d))).detail()).isEqualTo(
            "unsupported configuration: teaming persistent attribute must be set if teaming type is 'transient'");
    }

    @Test
    void persistentMemberMustBeVirtio() {
        Domain d = failoverDomain();
        d.getDevices().getInterfaces().get(1).setModel(new DomainInterfaceModel("e1000e"));
        assertThat(SimHarness.thrown(() -> sim.h1.define(codec.write(d))).detail()).isEqualTo(
            "unsupported configuration: virtio-net teaming persistent interface must be <model type='virtio'/>, not 'e1000e'");
    }

    @Test
    void transientMemberMustBeHostdev() {
        Domain d = failoverDomain();
        d.getDevices().getInterfaces().get(1).setTeaming(DomainInterfaceTeaming.transientOf("ua-x"));
        assertThat(SimHarness.thrown(() -> sim.h1.define(codec.write(d))).detail()).isEqualTo(
            "unsupported configuration: virtio-net teaming transient interface must be type='hostdev', not 'bridge'");
    }

    @Test
    void nonUserAliasIsDroppedSilentlyAndTheVfNeverCarriesTraffic() {
        Domain d = failoverDomain();
        d.getDevices().getInterfaces().get(1).setAlias(new DomainAlias("virtio-twin"));
        d.getDevices().getInterfaces().get(0).setTeaming(DomainInterfaceTeaming.transientOf("virtio-twin"));
        sim.h1.define(codec.write(d));
        sim.h1.start(d.getName()).join();
        assertThat(sim.live(sim.h1, d.getName()).getDevices().getInterfaces().get(1).getAlias()).isNull();
        assertThat(sim.env.timeline(d.getName()).pathAt(VmFixtures.mac(1).value(), sim.clock.nowMillis()))
            .isEqualTo(DataPath.VIRTIO);
    }

    @Test
    void aVfIsAssignedToAtMostOneDomain() {
        sim.run(sim.h1, VmFixtures.vm("vm-a", VmFixtures.nic(1, VmFixtures.SRIOV_FO, VmFixtures.vf(0))));
        VmDescription b = new VmDescription(VmFixtures.id(0xb), "vm-b", 512, 1,
            java.util.List.of(VmFixtures.nic(2, VmFixtures.SRIOV_PLAIN, VmFixtures.vf(0))));
        sim.h1.define(sim.builder.buildXml(b));
        HostOperationException e = SimHarness.failure(sim.h1.start("vm-b"));
        assertThat(e.detail()).isEqualTo(
            "Requested operation is not valid: PCI device 0000:3b:02.0 is in use by driver QEMU, domain vm-a");
        assertThat(e.operation()).isEqualTo(HostOperation.START);
        sim.run(sim.h1, VmFixtures.vm("vm-c", VmFixtures.nic(3, VmFixtures.MGMT_PROFILE, null)));
        String vfXml = new HotplugXmlBuilder().primaryXml(VmFixtures.nic(4, VmFixtures.SRIOV_PLAIN, VmFixtures.vf(0)));
        assertThat(SimHarness.failure(sim.h1.plugInterface("vm-c", vfXml)).detail()).contains("is in use by");
    }

    @Test
    void vfMissingOnTheHostFailsLikeLibvirt() {
        VmDescription vm = VmFixtures.vm("vm-x", VmFixtures.nic(1, VmFixtures.SRIOV_PLAIN,
            new org.vfmigrate.vdsbroker.vm.PciAddress(0, 0x3b, 0x09, 0)));
        sim.h1.define(sim.builder.buildXml(vm));
        assertThat(SimHarness.failure(sim.h1.start("vm-x")).detail()).isEqualTo(
            "Failed to open config space file '/sys/bus/pci/devices/0000:3b:09.0/config': No such file or directory");
    }

    @Test
    void missingBridgeFailsTheStart() {
        SimHost bare = sim.env.addHost(SimHostConfig.typical("bare", 2, java.util.Set.of(), java.util.Set.of("ovirtmgmt")));
        bare.define(sim.builder.buildXml(VmFixtures.vfWithTwin()));
        assertThat(SimHarness.failure(bare.start("vm-failover")).detail())
            .isEqualTo("Cannot get interface MTU on 'br-failover': No such device");
    }

    @Test
    void hotplugNeedsARunningDomain() {
        VmDescription vm = VmFixtures.vfWithTwin();
        sim.h1.define(sim.builder.buildXml(vm));
        HostOperationException e = SimHarness.failure(
            sim.h1.plugInterface(vm.name(), new HotplugXmlBuilder().failoverTwinXml(vm.nics().get(0))));
        assertThat(e.detail()).isEqualTo("Requested operation is not valid: domain is not running");
        assertThat(e.operation()).isEqualTo(HostOperation.HOT_PLUG);
    }

    @Test
    void hotplugOfADuplicateAliasIsRefused() {
        VmDescription vm = VmFixtures.vfWithTwin();
        sim.run(sim.h1, vm);
        assertThat(SimHarness.failure(sim.h1.plugInterface(vm.name(),
            new HotplugXmlBuilder().failoverTwinXml(vm.nics().get(0)))).detail())
            .startsWith("unsupported configuration: non unique alias detected: ua-fo-");
    }

    @Test
    void plainHostdevInterfaceBlocksMigration() {
        VmDescription vm = VmFixtures.vfWithoutFailover();
        sim.run(sim.h1, vm);
        HostOperationException e = SimHarness.failure(sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2")));
        assertThat(e.detail()).isEqualTo("Operation not supported: cannot migrate a domain with <interface type='hostdev'>");
        assertThat(e.reason()).isEqualTo(HostOperationException.Reason.UNSUPPORTED);
    }

    @Test
    void teamingTransientVfDoesNotBlockMigration() {
        VmDescription vm = VmFixtures.vfWithTwin();
        sim.run(sim.h1, vm);
        var done = sim.h1.migrate(vm.name(), MigrationRequest.to("sim://h2"));
        sim.clock.runUntilIdle();
        assertThat(done).isCompleted();
    }

    @Test
    void unknownAliasCannotBeUnplugged() {
        sim.run(sim.h1, VmFixtures.vfWithTwin());
        HostOperationException e = SimHarness.failure(sim.h1.unplugInterface("vm-failover", "ua-nope", Duration.ofSeconds(1)));
        assertThat(e.detail()).isEqualTo("device not found: no device found with alias ua-nope");
        assertThat(e.reason()).isEqualTo(HostOperationException.Reason.NOT_FOUND);
    }

    @Test
    void unknownDomainIsNotFound() {
        assertThat(SimHarness.thrown(() -> sim.h1.liveXml("ghost")).detail())
            .isEqualTo("Domain not found: no domain with matching name 'ghost'");
    }

    @Test
    void migrationToAnUnknownHostFails() {
        sim.run(sim.h1, VmFixtures.plainBridge());
        assertThat(SimHarness.failure(sim.h1.migrate("vm-bridge", MigrationRequest.to("sim://nowhere"))).detail())
            .contains("sim://nowhere");
    }
}
