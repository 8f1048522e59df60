package org.vfmigrate.vdsbroker.host.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostDriverRegistry;
import org.vfmigrate.vdsbroker.host.HostEvent;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.HostPciInventory;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.support.LibvirtEnvironment;
import org.vfmigrate.vdsbroker.support.TestNodeFile;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainType;

/**
 * The libvirt driver against libvirt's in-process test driver: two independent hosts in one JVM, each from
 * its own generated node file. libvirt's own parser accepts what we generate and keeps teaming and aliases;
 * invalid variants fail with libvirt's message; PF/VF inventory (with the PF networks and bridges the address
 * declares, and the bridges libvirt lists) and lifecycle events work; operations the test driver lacks fail with
 * clean engine errors.
 */
class LibvirtHostDriverTest {

    @TempDir
    static Path dir;
    private static HostDriverRegistry registry;
    private static String hostA;
    private static String hostB;
    private final DomainXmlBuilder builder = new DomainXmlBuilder(DomainType.TEST);

    @BeforeAll
    static void hosts() {
        LibvirtEnvironment.requireLibrary();
        hostA = TestNodeFile.write(dir, "host-a", 0x3b, "ens1f0", 4, List.of("br-host"))
            + "?vfmigrate_networks=0000:3b:00.0/sriov-net,other-net&vfmigrate_bridges=br-failover";
        hostB = TestNodeFile.write(dir, "host-b", 0xaf, "ens2f0", 2);
        registry = new HostDriverRegistry(List.of(new LibvirtHostDriverFactory()));
    }

    @AfterAll
    static void close() {
        if (registry != null) {
            registry.close();
        }
    }

    static Stream<Arguments> generated() {
        return Stream.of(
            Arguments.of("plain bridged NIC", (Supplier<VmDescription>) VmFixtures::plainBridge),
            Arguments.of("VF without failover", (Supplier<VmDescription>) VmFixtures::vfWithoutFailover),
            Arguments.of("VF with twin", (Supplier<VmDescription>) VmFixtures::vfWithTwin),
            Arguments.of("two VFs same failover", (Supplier<VmDescription>) VmFixtures::twoVfsSameFailover),
            Arguments.of("VLAN", (Supplier<VmDescription>) VmFixtures::vlanFailover));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void libvirtAcceptsAndKeepsTeamingAndAliases(String scenario, Supplier<VmDescription> vm) {
        HostDriver host = registry.driverFor(hostA);
        VmDescription desc = vm.get();
        Domain written = builder.build(desc);
        host.define(DomainXmlCodec.get().write(written));
        host.start(desc.name()).join();
        try {
            Domain live = DomainXmlCodec.get().parseDomain(host.liveXml(desc.name()));
            List<DomainInterface> expected = written.getDevices().getInterfaces();
            List<DomainInterface> actual = live.getDevices().getInterfaces();
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).aliasName()).isEqualTo(expected.get(i).aliasName());
                assertThat(actual.get(i).macAddress()).isEqualTo(expected.get(i).macAddress());
                assertThat(actual.get(i).getTeaming() == null).isEqualTo(expected.get(i).getTeaming() == null);
                if (expected.get(i).getTeaming() != null) {
                    assertThat(actual.get(i).getTeaming().getType()).isEqualTo(expected.get(i).getTeaming().getType());
                    assertThat(actual.get(i).getTeaming().getPersistent())
                        .isEqualTo(expected.get(i).getTeaming().getPersistent());
                }
            }
        } finally {
            host.destroy(desc.name());
            host.undefine(desc.name());
        }
    }

    @Test
    void duplicateAliasIsRejectedWithLibvirtsMessage() {
        Domain d = builder.build(VmFixtures.vfWithTwin());
        d.getDevices().getInterfaces().get(1).setAlias(d.getDevices().getInterfaces().get(0).getAlias());
        assertThatThrownBy(() -> registry.driverFor(hostA).define(DomainXmlCodec.get().write(d)))
            .isInstanceOfSatisfying(HostOperationException.class, e -> {
                assertThat(e.detail()).startsWith("unsupported configuration: non unique alias detected: ua-");
                assertThat(e.operation()).isEqualTo(HostOperation.DEFINE);
                assertThat(e.getMessage()).contains(hostA);
            });
    }

    @Test
    void transientTeamingWithoutPersistentIsRejectedWithLibvirtsMessage() {
        String xml = builder.buildXml(VmFixtures.vfWithTwin())
            .replaceAll(" persistent=\"ua-fo-[0-9a-f-]+\"", "");
        assertThatThrownBy(() -> registry.driverFor(hostA).define(xml))
            .isInstanceOfSatisfying(HostOperationException.class, e -> assertThat(e.detail()).isEqualTo(
                "unsupported configuration: teaming persistent attribute must be set if teaming type is 'transient'"));
    }

    @Test
    void twoHostsAreIndependentAndReportTheirOwnPfsAndVfs() {
        HostPciInventory a = registry.driverFor(hostA).pciInventory();
        HostPciInventory b = registry.driverFor(hostB).pciInventory();
        assertThat(a.physicalFunctions()).singleElement().satisfies(pf -> {
            assertThat(pf.address()).isEqualTo(PciAddress.parse("0000:3b:00.0"));
            assertThat(pf.netdev()).isEqualTo("ens1f0");
            assertThat(pf.networks()).containsExactlyInAnyOrder("sriov-net", "other-net");
            assertThat(pf.virtualFunctions()).hasSize(4);
        });
        assertThat(a.bridges()).as("named in the address, and listed by libvirt").containsExactlyInAnyOrder(
            "br-failover", "br-host");
        assertThat(b.physicalFunctions()).singleElement().satisfies(pf -> {
            assertThat(pf.address()).isEqualTo(PciAddress.parse("0000:af:00.0"));
            assertThat(pf.networks()).isEmpty();
            assertThat(pf.virtualFunctions()).extracting(HostPciInventory.VirtualFunction::address)
                .containsExactly(PciAddress.parse("af:02.0"), PciAddress.parse("af:02.1"));
        });
        assertThat(b.bridges()).isEmpty();
        assertThat(a.freeVfsFor("sriov-net")).hasSize(4);
    }

    @Test
    void runningDomainMarksItsVfInUse() {
        HostDriver host = registry.driverFor(hostA);
        VmDescription vm = VmFixtures.vm("vm-inuse", VmFixtures.nic(1, VmFixtures.SRIOV_FO, VmFixtures.vf(3)));
        host.define(builder.buildXml(vm));
        host.start(vm.name()).join();
        try {
            assertThat(host.pciInventory().physicalFunctions().get(0).virtualFunctions())
                .filteredOn(vf -> !vf.free()).singleElement()
                .satisfies(vf -> assertThat(vf.usedBy()).isEqualTo("vm-inuse"));
        } finally {
            host.destroy(vm.name());
            host.undefine(vm.name());
        }
    }

    @Test
    void lifecycleEventsArriveThroughTheEventLoop() throws Exception {
        HostDriver host = registry.driverFor(hostB);
        LinkedBlockingQueue<HostEvent> events = new LinkedBlockingQueue<>();
        try (HostDriver.Subscription s = host.subscribe(events::add)) {
            VmDescription vm = VmFixtures.plainBridge();
            host.define(builder.buildXml(vm));
            host.start(vm.name()).join();
            host.destroy(vm.name());
            host.undefine(vm.name());
            assertThat(awaitLifecycle(events, HostEvent.Lifecycle.STARTED)).isTrue();
            assertThat(awaitLifecycle(events, HostEvent.Lifecycle.STOPPED)).isTrue();
        }
    }

    private static boolean awaitLifecycle(LinkedBlockingQueue<HostEvent> events, HostEvent.Lifecycle state)
        throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            HostEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e instanceof HostEvent.LifecycleChanged l && l.state() == state) {
                return true;
            }
        }
        return false;
    }

    @Test
    void hotplugMigrationAndUnplugFailCleanlyOnTheTestDriver() {
        HostDriver host = registry.driverFor(hostA);
        VmDescription vm = VmFixtures.vm("vm-ops", VmFixtures.nic(1, VmFixtures.SRIOV_FO, VmFixtures.vf(2)));
        host.define(builder.buildXml(vm));
        host.start(vm.name()).join();
        try {
            String twin = new HotplugXmlBuilder().failoverTwinXml(vm.nics().get(0));
            assertUnsupported(() -> host.plugInterface(vm.name(), twin).join(), HostOperation.HOT_PLUG);
            assertUnsupported(() -> host.unplugInterface(vm.name(), NicAliases.primary(vm.nics().get(0).id()),
                Duration.ofSeconds(5)).join(), HostOperation.HOT_UNPLUG);
            assertUnsupported(() -> host.migrate(vm.name(), MigrationRequest.to(hostB)).join(), HostOperation.MIGRATE);
        } finally {
            host.destroy(vm.name());
            host.undefine(vm.name());
        }
    }

    @Test
    void anAddressWithMalformedEngineParametersFailsToConnectNamingTheProblem() {
        String address = hostB + "?vfmigrate_networks=0000:af:00.0";
        assertThatThrownBy(() -> new LibvirtHostDriverFactory().open(address))
            .isInstanceOfSatisfying(HostOperationException.class, e -> {
                assertThat(e.operation()).isEqualTo(HostOperation.CONNECT);
                assertThat(e.host()).isEqualTo(address);
                assertThat(e.detail()).isEqualTo("the address is malformed: vfmigrate_networks=0000:af:00.0 is not a "
                    + "PF's PCI address, '/' and its networks separated by ',' (e.g. 0000:3b:00.0/sriov-net,other-net)");
            });
    }

    @Test
    void unknownDomainIsNotFound() {
        assertThatThrownBy(() -> registry.driverFor(hostA).liveXml("no-such-vm"))
            .isInstanceOfSatisfying(HostOperationException.class,
                e -> assertThat(e.reason()).isEqualTo(HostOperationException.Reason.NOT_FOUND));
    }

    private static void assertUnsupported(Runnable call, HostOperation op) {
        assertThatThrownBy(call::run).isInstanceOf(CompletionException.class).cause()
            .isInstanceOfSatisfying(HostOperationException.class, e -> {
                assertThat(e.reason()).isEqualTo(HostOperationException.Reason.UNSUPPORTED);
                assertThat(e.operation()).isEqualTo(op);
                assertThat(e.vm()).isEqualTo("vm-ops");
                assertThat(e.detail()).contains("not supported");
            });
    }
}
