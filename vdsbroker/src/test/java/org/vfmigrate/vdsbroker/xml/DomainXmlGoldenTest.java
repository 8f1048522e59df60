package org.vfmigrate.vdsbroker.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfmigrate.vdsbroker.support.Golden;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;
import org.vfmigrate.vdsbroker.xml.model.Domain;

/** Start-time domain XML per scenario: golden comparison, then object → XML → object → XML round trip. */
class DomainXmlGoldenTest {

    private final DomainXmlBuilder builder = new DomainXmlBuilder();
    private final DomainXmlCodec codec = DomainXmlCodec.get();

    static Stream<Arguments> scenarios() {
        return Stream.of(
            Arguments.of("plain bridged NIC", "golden/domain-bridge.xml", (Supplier<VmDescription>) VmFixtures::plainBridge),
            Arguments.of("VF without failover", "golden/domain-vf.xml", (Supplier<VmDescription>) VmFixtures::vfWithoutFailover),
            Arguments.of("VF with its virtio twin", "golden/domain-vf-twin.xml", (Supplier<VmDescription>) VmFixtures::vfWithTwin),
            Arguments.of("two VFs with the same failover profile", "golden/domain-two-vfs-same-failover.xml",
                (Supplier<VmDescription>) VmFixtures::twoVfsSameFailover),
            Arguments.of("VF on a VLAN network", "golden/domain-vlan.xml", (Supplier<VmDescription>) VmFixtures::vlanFailover));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void buildsTheGoldenDocument(String scenario, String golden, Supplier<VmDescription> vm) {
        Golden.assertMatches(golden, builder.buildXml(vm.get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void roundTripsWithoutLoss(String scenario, String golden, Supplier<VmDescription> vm) {
        String first = builder.buildXml(vm.get());
        Domain parsed = codec.parseDomain(first);
        String second = codec.write(parsed);
        Golden.assertSameXml(second, first);
        assertThat(codec.write(codec.parseDomain(second))).isEqualTo(second);
    }
}
