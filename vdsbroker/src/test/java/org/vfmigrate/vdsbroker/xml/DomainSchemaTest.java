package org.vfmigrate.vdsbroker.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfmigrate.vdsbroker.support.Golden;
import org.vfmigrate.vdsbroker.support.LibvirtEnvironment;
import org.vfmigrate.vdsbroker.support.RngValidator;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;

/** Every generated domain is valid against libvirt's own RELAX NG schema (Jing); broken ones are not. */
class DomainSchemaTest {

    private static RngValidator validator;

    @BeforeAll
    static void loadSchema() {
        LibvirtEnvironment.requireSchemas();
        validator = new RngValidator();
    }

    static Stream<Arguments> generated() {
        return Stream.of(
            Arguments.of("plain bridged NIC", (Supplier<VmDescription>) VmFixtures::plainBridge),
            Arguments.of("VF without failover", (Supplier<VmDescription>) VmFixtures::vfWithoutFailover),
            Arguments.of("VF with twin", (Supplier<VmDescription>) VmFixtures::vfWithTwin),
            Arguments.of("two VFs same failover", (Supplier<VmDescription>) VmFixtures::twoVfsSameFailover),
            Arguments.of("VLAN", (Supplier<VmDescription>) VmFixtures::vlanFailover),
            Arguments.of("four failover NICs", (Supplier<VmDescription>) () ->
                VmFixtures.failoverNics("vm4", VmFixtures.VM_ID, 4, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void generatedDomainIsSchemaValid(String scenario, Supplier<VmDescription> vm) {
        assertThat(validator.validate(new DomainXmlBuilder().buildXml(vm.get()))).isEmpty();
    }

    @Test
    void destinationRewriteIsSchemaValid() {
        assertThat(validator.validate(Golden.read("golden/destination.xml"))).isEmpty();
    }

    @Test
    void unknownTeamingTypeIsRejectedByTheSchema() {
        String bad = new DomainXmlBuilder().buildXml(VmFixtures.vfWithTwin())
            .replace("type=\"persistent\"", "type=\"standby\"");
        assertThat(validator.validate(bad)).isNotEmpty();
    }

    @Test
    void hostdevInterfaceWithBridgeSourceIsRejectedByTheSchema() {
        String bad = new DomainXmlBuilder().buildXml(VmFixtures.vfWithoutFailover())
            .replace("<source>", "<source bridge=\"br0\">");
        assertThat(validator.validate(bad)).isNotEmpty();
    }
}
