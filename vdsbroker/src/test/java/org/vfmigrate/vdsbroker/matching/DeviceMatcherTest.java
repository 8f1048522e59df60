package org.vfmigrate.vdsbroker.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.vdsbroker.support.Golden;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.MacAddress;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainAlias;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceMAC;

/** Matching live interfaces to engine NICs by MAC, and by alias and MAC under teaming. */
class DeviceMatcherTest {

    private final DeviceMatcher matcher = new DeviceMatcher();
    private final DomainXmlCodec codec = DomainXmlCodec.get();

    private static List<EngineNicDevice> devicesOf(VmDescription vm) {
        return vm.nics().stream().map(EngineNicDevice::of).toList();
    }

    private Domain liveOf(VmDescription vm) {
        return codec.parseDomain(new DomainXmlBuilder().buildXml(vm));
    }

    @Test
    void vfAndTwinSharingAMacAreReportedAsPrimaryAndTwinOfOneNic() {
        VmDescription vm = VmFixtures.vfWithTwin();
        UUID nic = vm.nics().get(0).id();
        DeviceMatchReport r = matcher.match(liveOf(vm), devicesOf(vm));
        assertThat(r.matched()).hasSize(2);
        assertThat(r.primaryOf(nic).orElseThrow().device().isTeamingTransient()).isTrue();
        assertThat(r.twinOf(nic).orElseThrow().device().isTeamingPersistent()).isTrue();
        assertThat(r.unmanaged()).isEmpty();
        assertThat(r.missingDevices()).isEmpty();
        assertThat(r.missingTwins()).isEmpty();
    }

    @Test
    void twoFailoverNicsGetTheirOwnTwins() {
        VmDescription vm = VmFixtures.twoVfsSameFailover();
        DeviceMatchReport r = matcher.match(liveOf(vm), devicesOf(vm));
        for (var nic : vm.nics()) {
            assertThat(r.twinOf(nic.id()).orElseThrow().device().macAddress()).isEqualTo(nic.mac().value());
        }
        assertThat(r.unmanaged()).isEmpty();
    }

    @Test
    void teamingInterfaceWithAnUnexpectedAliasIsUnmanagedEvenIfTheMacMatches() {
        VmDescription vm = VmFixtures.vfWithTwin();
        Domain live = liveOf(vm);
        live.getDevices().getInterfaces().get(1).setAlias(new DomainAlias("ua-somebody-else"));
        DeviceMatchReport r = matcher.match(live, devicesOf(vm));
        assertThat(r.unmanaged()).singleElement().satisfies(u -> assertThat(u.reason()).contains("unknown alias"));
        assertThat(r.missingTwins()).containsExactly(vm.nics().get(0).id());
        assertThat(r.primaryOf(vm.nics().get(0).id())).isPresent();
    }

    @Test
    void teamingAliasWithTheWrongMacIsNotMatched() {
        VmDescription vm = VmFixtures.vfWithTwin();
        Domain live = liveOf(vm);
        live.getDevices().getInterfaces().get(0).setMac(new DomainInterfaceMAC("56:6f:1a:00:00:99"));
        DeviceMatchReport r = matcher.match(live, devicesOf(vm));
        assertThat(r.unmanaged()).singleElement().satisfies(u -> assertThat(u.reason()).contains("expected"));
        assertThat(r.missingDevices()).containsExactly(vm.nics().get(0).id());
    }

    @Test
    void unknownInterfaceIsReportedAsUnmanaged() {
        DeviceMatchReport r = matcher.match(Golden.read("live/source-live.xml"), devicesOf(VmFixtures.vfWithTwin()));
        assertThat(r.matched()).hasSize(2);
        assertThat(r.unmanaged()).singleElement()
            .satisfies(u -> assertThat(u.device().macAddress()).isEqualTo("52:54:00:aa:bb:cc"));
    }

    @Test
    void interfaceWithoutTeamingIsMatchedByMacAlone() {
        VmDescription vm = VmFixtures.plainBridge();
        Domain live = liveOf(vm);
        live.getDevices().getInterfaces().get(0).setAlias(new DomainAlias("net0"));
        DeviceMatchReport r = matcher.match(live, devicesOf(vm));
        assertThat(r.primaryOf(vm.nics().get(0).id())).isPresent();
        assertThat(r.unmanaged()).isEmpty();
    }

    @Test
    void twoPlainInterfacesSharingAMacAreNeverMerged() {
        VmDescription vm = VmFixtures.plainBridge();
        Domain live = liveOf(vm);
        DomainInterface copy = codec.parseInterface(codec.write(live.getDevices().getInterfaces().get(0)));
        copy.setAlias(new DomainAlias("ua-copy"));
        live.getDevices().getInterfaces().add(copy);
        DeviceMatchReport r = matcher.match(live, devicesOf(vm));
        assertThat(r.matched()).hasSize(1);
        assertThat(r.unmanaged()).singleElement().satisfies(u -> assertThat(u.reason()).contains("already"));
    }

    @Test
    void aliasPicksAmongEngineNicsThatShareAMac() {
        UUID a = VmFixtures.id(1);
        UUID b = VmFixtures.id(2);
        MacAddress mac = VmFixtures.mac(7);
        VmDescription vm = VmFixtures.plainBridge();
        Domain live = liveOf(vm);
        DomainInterface iface = live.getDevices().getInterfaces().get(0);
        iface.setMac(new DomainInterfaceMAC(mac.value())).setAlias(new DomainAlias("ua-" + b));
        DeviceMatchReport r = matcher.match(live,
            List.of(new EngineNicDevice(a, mac, "ua-" + a, null), new EngineNicDevice(b, mac, "ua-" + b, null)));
        assertThat(r.primaryOf(b)).isPresent();
        assertThat(r.missingDevices()).containsExactly(a);
    }

    @Test
    void persistentTeamingUnderThePrimaryAliasIsRejected() {
        VmDescription vm = VmFixtures.vfWithTwin();
        Domain live = liveOf(vm);
        DomainInterface twin = live.getDevices().getInterfaces().get(1);
        live.getDevices().getInterfaces().get(0).setAlias(new DomainAlias("ua-x"));
        twin.setAlias(new DomainAlias(EngineNicDevice.of(vm.nics().get(0)).alias()));
        DeviceMatchReport r = matcher.match(live, devicesOf(vm));
        assertThat(r.unmanaged()).hasSize(2);
    }
}
