package org.vfmigrate.vdsbroker.host.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * How a libvirt host's address splits into libvirt's URI and the engine's PF networks and bridges, and how a
 * malformed engine parameter is named.
 */
class LibvirtAddressTest {

    private static final PciAddress PF_3B = PciAddress.parse("0000:3b:00.0");
    private static final PciAddress PF_5E = PciAddress.parse("0000:5e:00.0");

    static Stream<Arguments> wellFormed() {
        return Stream.of(
            Arguments.of("an address without parameters is libvirt's as it is",
                "qemu+tls://kvm1.example.com/system", "qemu+tls://kvm1.example.com/system",
                Map.of(), Set.of()),
            Arguments.of("the engine's parameters are taken out, libvirt's kept in their order",
                "qemu+tls://kvm1/system?pkipath=/etc/pki/kvm1&vfmigrate_networks=0000:3b:00.0/sriov-net"
                    + "&no_verify=1&vfmigrate_bridges=ovirtmgmt,br1",
                "qemu+tls://kvm1/system?pkipath=/etc/pki/kvm1&no_verify=1",
                Map.of(PF_3B, Set.of("sriov-net")), Set.of("ovirtmgmt", "br1")),
            Arguments.of("one vfmigrate_networks per PF, each with several networks",
                "qemu+ssh://root@kvm1/system?vfmigrate_networks=0000:3b:00.0/sriov-net,other-net"
                    + "&vfmigrate_networks=5e:00.0/sriov-net2",
                "qemu+ssh://root@kvm1/system",
                Map.of(PF_3B, Set.of("sriov-net", "other-net"), PF_5E, Set.of("sriov-net2")), Set.of()),
            Arguments.of("percent-escaped values are decoded",
                "qemu:///system?vfmigrate_networks=0000%3A3b%3A00.0%2Fsriov-net%2Cother-net&vfmigrate_bridges=br0",
                "qemu:///system", Map.of(PF_3B, Set.of("sriov-net", "other-net")), Set.of("br0")),
            Arguments.of("bridges given twice add up",
                "test:///tmp/node.xml?vfmigrate_bridges=br0&vfmigrate_bridges=br1", "test:///tmp/node.xml",
                Map.of(), Set.of("br0", "br1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void wellFormedAddressesSplit(String scenario, String address, String connectUri,
                                  Map<PciAddress, Set<String>> pfNetworks, Set<String> bridges) {
        LibvirtAddress parsed = LibvirtAddress.parse(address);

        assertThat(parsed.connectUri()).isEqualTo(connectUri);
        assertThat(parsed.config().pfNetworks()).isEqualTo(pfNetworks);
        assertThat(parsed.config().bridges()).isEqualTo(bridges);
        assertThat(LibvirtAddress.connectUri(address)).isEqualTo(connectUri);
        assertThat(LibvirtAddress.problem(address)).isNull();
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("a PF without its networks", "vfmigrate_networks=0000:3b:00.0",
                "vfmigrate_networks=0000:3b:00.0 is not a PF's PCI address, '/' and its networks separated by ',' "
                    + "(e.g. 0000:3b:00.0/sriov-net,other-net)"),
            Arguments.of("a PF that is no PCI address", "vfmigrate_networks=0000:3b:00/sriov-net",
                "vfmigrate_networks: '0000:3b:00' is not a PCI address (dddd:bb:ss.f)"),
            Arguments.of("a PF with an empty network list", "vfmigrate_networks=0000:3b:00.0/",
                "vfmigrate_networks names nothing"),
            Arguments.of("an empty network name", "vfmigrate_networks=0000:3b:00.0/sriov-net,",
                "vfmigrate_networks: '' is not a network name (1 to 50 letters, digits, '-', '_' or '.')"),
            Arguments.of("a '|' between networks", "vfmigrate_networks=0000:3b:00.0/a|b",
                "vfmigrate_networks: 'a|b' is not a network name (1 to 50 letters, digits, '-', '_' or '.')"),
            Arguments.of("a ';' between PFs", "vfmigrate_networks=0000:3b:00.0/a;0000:5e:00.0/b",
                "vfmigrate_networks: 'a;0000:5e:00.0/b' is not a network name (1 to 50 letters, digits, '-', '_' or '.')"),
            Arguments.of("the same PF twice",
                "vfmigrate_networks=0000:3b:00.0/a&vfmigrate_networks=3b:00.0/b",
                "vfmigrate_networks gives PF 0000:3b:00.0 more than once"),
            Arguments.of("a bridge name longer than Linux allows", "vfmigrate_bridges=a-very-long-bridge",
                "vfmigrate_bridges: 'a-very-long-bridge' is not a bridge name (1 to 15 letters, digits, '-', '_' or '.')"),
            Arguments.of("no bridges after the '='", "vfmigrate_bridges=", "vfmigrate_bridges names nothing"),
            Arguments.of("an unknown engine parameter", "VFMIGRATE_network=0000:3b:00.0/a",
                "unknown parameter VFMIGRATE_network (the engine's are vfmigrate_networks and vfmigrate_bridges)"),
            Arguments.of("a broken percent-escape", "vfmigrate_bridges=br%2", "vfmigrate_bridges has a broken percent-escape"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedEngineParametersAreNamed(String scenario, String query, String problem) {
        String address = "qemu+tls://kvm1/system?no_verify=1&" + query;

        assertThat(LibvirtAddress.problem(address)).isEqualTo(problem);
        assertThatThrownBy(() -> LibvirtAddress.parse(address)).hasMessage(problem);
        assertThat(LibvirtAddress.connectUri(address)).as("still stripped").isEqualTo("qemu+tls://kvm1/system?no_verify=1");
    }

    @Test
    void theFactoryTakesLocalAndTestUrisWithEngineParametersButNotOtherSchemes() {
        LibvirtHostDriverFactory factory = new LibvirtHostDriverFactory();

        assertThat(factory.supports("qemu:///system?vfmigrate_bridges=br0")).isTrue();
        assertThat(factory.supports("test:///tmp/node.xml?vfmigrate_bridges=br0")).isTrue();
        assertThat(factory.supports("qemu:///session?vfmigrate_bridges=br0")).isFalse();
        assertThat(factory.supports("sim://h1?vfmigrate_bridges=br0")).isFalse();
        assertThat(factory.addressProblem("qemu:///system?vfmigrate_bridges=")).isEqualTo("vfmigrate_bridges names nothing");
    }
}
