package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.vdsbroker.support.LibvirtEnvironment;
import org.vfmigrate.vdsbroker.support.TestNodeFile;

/**
 * Real libvirt hosts (libvirt's in-process {@code test:///} driver, one node file per host) added over the API:
 * the PF networks and bridges in the address's {@code vfmigrate_*} parameters, plus the bridges libvirt lists,
 * become the host's devices and network attachments, so a VM with a failover VF NIC is scheduled onto it and
 * started there; a malformed parameter is refused with 400 naming it, and nothing is written.
 */
class LibvirtHostsApiIT extends RunningVmApiTestBase {

    @TempDir
    static Path dir;

    @BeforeAll
    static void libvirt() {
        LibvirtEnvironment.requireLibrary();
    }

    /** A fresh in-memory libvirt host with one PF (bus 0x3b) of {@code vfs} VFs and the bridge ovirtmgmt. */
    private static String nodeFile(int vfs) {
        return TestNodeFile.write(dir, "kvm-" + UUID.randomUUID().toString().substring(0, 8), 0x3b, "ens1f0", vfs,
                List.of("ovirtmgmt"));
    }

    private String addHost(String name, String address) {
        HttpResponse<String> r = api.post(HOSTS, "<host><name>" + name + "</name><address>" + address.replace("&", "&amp;")
                + "</address><cluster id=\"" + f.cluster + "\"/></host>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(Xml.parse(r.body()).text("/host/status")).isEqualTo("up");
        return Xml.parse(r.body()).text("/host/@id");
    }

    @Test
    void aHostWhoseAddressNamesItsPfNetworksAndBridgesRunsAFailoverVm() {
        Network vmNet = new Network(null, "vm-net", f.dc);
        vmNet.setBridgeName("br-vm");
        UUID vmNetId = network(vmNet);
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);
        String bare = addHost("bare", nodeFile(2));
        assertThat(fault(api.post(VMS + "/" + vm + "/start", "<action/>"), 400))
                .as("libvirt alone cannot tell which network the PF serves")
                .isEqualTo("[Cannot run VM. There is no host that satisfies current scheduling constraints: host bare: "
                        + "there are no free virtual functions which are suitable for virtual nic(s) nic1.]");

        String file = nodeFile(2);
        String address = file + "?vfmigrate_networks=0000:3b:00.0/sriov-net&vfmigrate_bridges=br-vm";
        String host = addHost("kvm1", address);
        assertThat(HostDrivers.migrationUri(address)).as("what another host migrates to").isEqualTo(file);

        Xml devices = getXml(HOSTS + "/" + host + "/devices");
        String pf = "/host_devices/host_device[virtual_functions]";
        assertThat(devices.text(pf + "/pci_address")).isEqualTo("0000:3b:00.0");
        assertThat(devices.text(pf + "/networks/network/@id")).isEqualTo(f.sriovNet.toString());
        assertThat(devices.count("/host_devices/host_device[reservation='free']")).isEqualTo(2);
        Xml attachments = getXml(HOSTS + "/" + host + "/networkattachments");
        String attachment = "/network_attachments/network_attachment[network/@id='%s']/bridge_name";
        assertThat(attachments.text(attachment.formatted(f.mgmtNet))).as("listed by libvirt").isEqualTo("ovirtmgmt");
        assertThat(attachments.text(attachment.formatted(vmNetId))).as("named in the address").isEqualTo("br-vm");
        assertThat(getXml(HOSTS + "/" + bare + "/networkattachments").count("//bridge_name[.='br-vm']")).isZero();

        start(vm);

        assertThat(getXml(VMS + "/" + vm).text("/vm/host/@id")).isEqualTo(host);
        String held = getXml(HOSTS + "/" + host + "/devices")
                .text("/host_devices/host_device[nic/@id='" + nic + "']/pci_address");
        assertThat(held).startsWith("0000:3b:02.");
        Xml domain = Xml.parse(api.get(VMS + "/" + vm + "/domainxml").body());
        String vf = "//interface[@type='hostdev']";
        assertThat(domain.text(vf + "/source/address/@bus")).isEqualTo("0x3b");
        assertThat(domain.text(vf + "/source/address/@function")).isEqualTo("0x" + held.substring(held.length() - 1));
        assertThat(domain.text(vf + "/teaming/@persistent")).isEqualTo("ua-fo-" + nic);
        assertThat(domain.text("//interface[alias/@name='ua-fo-" + nic + "']/source/@bridge")).isEqualTo("ovirtmgmt");

        HttpResponse<String> stop = api.post(VMS + "/" + vm + "/stop", "");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        assertThat(getXml(HOSTS + "/" + host + "/devices").count("/host_devices/host_device[reservation='free']"))
                .isEqualTo(2);
    }

    @Test
    void changingTheAddressInMaintenanceChangesWhatThePfServes() {
        UUID otherNet = network(f.dc, "other-net");
        String file = nodeFile(1);
        String host = addHost("kvm1", file + "?vfmigrate_networks=0000:3b:00.0/sriov-net");
        assertThat(api.post(HOSTS + "/" + host + "/deactivate", "<action/>").statusCode()).isEqualTo(200);

        HttpResponse<String> r = api.put(HOSTS + "/" + host, "<host><address>" + file
                + "?vfmigrate_networks=0000:3b:00.0/other-net</address></host>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(api.post(HOSTS + "/" + host + "/activate", "<action/>").statusCode()).isEqualTo(200);

        assertThat(getXml(HOSTS + "/" + host + "/devices")
                .text("/host_devices/host_device[virtual_functions]/networks/network/@id")).isEqualTo(otherNet.toString());
    }

    @Test
    void malformedEngineParametersAreRefusedWith400NamingTheProblemAndNothingIsWritten() {
        String file = nodeFile(1);
        String bad = file + "?no_verify=1&amp;vfmigrate_networks=0000:3b:00.0=sriov-net";
        assertThat(fault(api.post(HOSTS, "<host><name>kvm1</name><address>" + bad + "</address><cluster id=\""
                + f.cluster + "\"/></host>"), 400)).isEqualTo("[Cannot add Host. Address '" + bad.replace("&amp;", "&")
                + "' is malformed: vfmigrate_networks=0000:3b:00.0=sriov-net is not a PF's PCI address, '/' and its "
                + "networks separated by ',' (e.g. 0000:3b:00.0/sriov-net,other-net).]");
        assertThat(getXml(HOSTS).count("/hosts/host")).isZero();

        String good = file + "?vfmigrate_bridges=br0";
        HttpResponse<String> added = api.post(HOSTS + "?activate=false", "<host><name>kvm1</name><address>" + good
                + "</address><cluster id=\"" + f.cluster + "\"/></host>");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String host = Xml.parse(added.body()).text("/host/@id");
        assertThat(fault(api.put(HOSTS + "/" + host, "<host><address>" + file
                + "?vfmigrate_bridge=br0</address></host>"), 400)).endsWith("is malformed: unknown parameter "
                + "vfmigrate_bridge (the engine's are vfmigrate_networks and vfmigrate_bridges).]");
        assertThat(getXml(HOSTS + "/" + host).text("/host/address")).isEqualTo(good);
    }
}
