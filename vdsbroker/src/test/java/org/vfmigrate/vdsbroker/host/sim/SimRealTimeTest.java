package org.vfmigrate.vdsbroker.host.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostDriverRegistry;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.MigrationRequest;
import org.vfmigrate.vdsbroker.host.libvirt.LibvirtHostDriverFactory;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;
import org.vfmigrate.vdsbroker.xml.builder.MigrationXmlRewriter;

/** The registry picks drivers by address, and zero-latency hosts on the wall clock migrate back and forth. */
class SimRealTimeTest {

    @Test
    void registryChoosesDriversByAddressAndZeroLatencyHostsMigrate() throws Exception {
        try (SimEnvironment env = SimEnvironment.realTime();
             HostDriverRegistry registry = new HostDriverRegistry(
                 List.of(new SimHostDriverFactory(env), new LibvirtHostDriverFactory()))) {
            env.addHost(SimHostConfig.typical("a", 4, Set.of("sriov-net"), SimHarness.BRIDGES));
            env.addHost(SimHostConfig.typical("b", 4, Set.of("sriov-net"), SimHarness.BRIDGES));
            HostDriver a = registry.driverFor("sim://a");
            HostDriver b = registry.driverFor("sim://b");
            assertThat(registry.driverFor("sim://a")).isSameAs(a);
            VmDescription vm = VmFixtures.vfWithTwin();
            String alias = NicAliases.primary(vm.nics().get(0).id());
            a.define(new DomainXmlBuilder().buildXml(vm));
            a.start(vm.name()).get(5, TimeUnit.SECONDS);
            for (int i = 0; i < 200; i++) {
                HostDriver from = i % 2 == 0 ? a : b;
                HostDriver to = i % 2 == 0 ? b : a;
                String dest = new MigrationXmlRewriter().rewrite(from.liveXml(vm.name()),
                    Map.of(alias, VmFixtures.vf(i % 4)));
                from.migrate(vm.name(), MigrationRequest.to(to.address()).withDestinationXml(dest)).get(5, TimeUnit.SECONDS);
            }
            assertThat(a.runningDomains()).containsExactly(vm.name());
            assertThat(env.timeline(vm.name()).outage()).isZero();
        }
    }

    @Test
    void unknownSchemeIsRefused() {
        try (HostDriverRegistry registry = new HostDriverRegistry(List.of(new LibvirtHostDriverFactory()))) {
            assertThat(SimHarness.thrown(() -> registry.driverFor("vmware://x")).reason())
                .isEqualTo(HostOperationException.Reason.UNSUPPORTED);
        }
    }
}
