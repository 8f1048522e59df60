package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;

/**
 * {@code /vms/{id}/nics} over real HTTP: the interface type derived from the profile, the failover twin shown
 * as {@code failover_device}, deactivate and activate acting on VF and twin and audited in {@code /events},
 * updates, removal, and bad input.
 */
class VmNicsApiIT extends RunningVmApiTestBase {

    @Test
    void addOnTheFailoverProfileDerivesPassthroughAndAllocatesAMac() {
        String vm = addVm("vm1");

        HttpResponse<String> r = api.post(VMS + "/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\""
                + f.sriovVf + "\"/><failover_device><alias>ignored</alias></failover_device></nic>");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Xml nic = Xml.parse(r.body());
        String id = nic.text("/nic/@id");
        assertThat(r.headers().firstValue("Location")).hasValue(VMS + "/" + vm + "/nics/" + id);
        assertThat(nic.text("/nic/@href")).isEqualTo(VMS + "/" + vm + "/nics/" + id);
        assertThat(nic.text("/nic/interface")).isEqualTo("pci_passthrough");
        assertThat(nic.text("/nic/mac/address")).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
        assertThat(nic.text("/nic/plugged")).isEqualTo("true");
        assertThat(nic.text("/nic/linked")).isEqualTo("true");
        assertThat(nic.text("/nic/vnic_profile/@id")).isEqualTo(f.sriovVf.toString());
        assertThat(nic.text("/nic/vm/@id")).isEqualTo(vm);
        assertThat(nic.count("/nic/failover_device")).as("no twin before the VM runs").isZero();

        JsonNode plain = readJson(api.json().post(VMS + "/" + vm + "/nics", "{\"name\":\"nic2\",\"vnic_profile\":{\"id\":\""
                + f.mgmt + "\"},\"mac\":{\"address\":\"56:6f:00:00:00:42\"},\"linked\":false}").body());
        assertThat(plain.path("interface").asText()).isEqualTo("virtio");
        assertThat(plain.path("mac").path("address").asText()).isEqualTo("56:6f:00:00:00:42");
        assertThat(plain.path("linked").asText()).isEqualTo("false");
        assertThat(getXml(VMS + "/" + vm + "/nics").count("/nics/nic")).isEqualTo(2);
    }

    @Test
    void deactivateAndActivateActOnTheVfAndItsTwinAndAreAudited() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);
        start(vm);
        String path = VMS + "/" + vm + "/nics/" + nic;
        Xml running = getXml(path);
        assertThat(running.text("/nic/plugged")).isEqualTo("true");
        assertThat(running.text("/nic/failover_device/alias")).isEqualTo("ua-fo-" + nic);
        assertThat(running.text("/nic/failover_device/plugged")).isEqualTo("true");

        HttpResponse<String> off = api.post(path + "/deactivate", "<action/>");

        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Xml.parse(off.body()).text("/action/status")).isEqualTo("complete");
        Xml unplugged = getXml(path);
        assertThat(unplugged.text("/nic/plugged")).isEqualTo("false");
        assertThat(unplugged.text("/nic/failover_device/plugged")).isEqualTo("false");
        assertThat(getXml(VMS + "/" + vm + "/domainxml").count("//interface")).isZero();
        assertThat(fault(api.post(path + "/deactivate", "<action/>"), 409)).contains("already unplugged");

        HttpResponse<String> on = api.json().post(path + "/activate", "{}");

        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        JsonNode plugged = getJson(path);
        assertThat(plugged.path("plugged").asText()).isEqualTo("true");
        assertThat(plugged.path("failover_device").path("plugged").asText()).isEqualTo("true");

        Xml events = getXml(API + "/events?max=3");
        assertThat(events.text("/events/event[1]/name")).isEqualTo("USER_ACTIVATE_VM_INTERFACE");
        assertThat(events.text("/events/event[1]/description"))
                .isEqualTo("Interface nic1 was plugged into VM vm1 by admin@internal.");
        assertThat(events.text("/events/event[1]/vm/@id")).isEqualTo(vm);
        assertThat(events.text("/events/event[2]/name")).isEqualTo("USER_DEACTIVATE_VM_INTERFACE");
        assertThat(events.text("/events/event[2]/description"))
                .isEqualTo("Interface nic1 was unplugged from VM vm1 by admin@internal.");
    }

    @Test
    void activatingANicOfAStoppedVmIsAConflict() {
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);

        assertThat(fault(api.post(VMS + "/" + vm + "/nics/" + nic + "/deactivate", "<action/>"), 409))
                .contains("vm1 is not running");
    }

    @Test
    void updateChangesNameAndLinkButPluggingOnlyThroughActions() {
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.mgmt);
        String path = VMS + "/" + vm + "/nics/" + nic;

        HttpResponse<String> r = api.put(path, "<nic><name>eth0</name><linked>false</linked><plugged>true</plugged></nic>");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Xml.parse(r.body()).text("/nic/name")).isEqualTo("eth0");
        assertThat(Xml.parse(r.body()).text("/nic/linked")).isEqualTo("false");
        assertThat(fault(api.put(path, "<nic><plugged>false</plugged></nic>"), 400)).contains("activate or deactivate");
        assertThat(fault(api.put(path, "<nic><interface>pci_passthrough</interface></nic>"), 400))
                .isEqualTo("[Cannot edit Interface. Interface type pci_passthrough does not fit a non-passthrough vNIC profile.]");
        assertThat(getXml(path).text("/nic/interface")).isEqualTo("virtio");

        HttpResponse<String> moved = api.put(path, "<nic><vnic_profile id=\"" + f.sriovVf + "\"/></nic>");

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Xml.parse(moved.body()).text("/nic/interface")).as("derived from the new profile")
                .isEqualTo("pci_passthrough");
    }

    @Test
    void badInputAndForeignIds() {
        String vm = addVm("vm1");
        String other = addVm("vm2");
        String nic = addNic(other, "nic1", f.mgmt);
        String nics = VMS + "/" + vm + "/nics";

        assertThat(fault(api.post(nics, "<nic><name>n</name><interface>e1000</interface></nic>"), 400))
                .isEqualTo("Invalid value 'e1000' for 'interface': expected one of pci_passthrough, virtio.");
        assertThat(fault(api.post(nics, "<nic><name>n</name><vnic_profile id=\"x\"/></nic>"), 400))
                .contains("'vnic_profile.id'");
        assertThat(fault(api.post(nics, "<nic><name>n</name><linked>yes</linked></nic>"), 400)).contains("'linked'");
        assertThat(fault(api.post(nics, "<nic><vnic_profile id=\"" + f.mgmt + "\"/></nic>"), 400))
                .isEqualTo("Nic [name] required for add");
        assertThat(fault(api.post(nics, "<nic><name>n</name><mac><address>zz</address></mac></nic>"), 400))
                .contains("'zz' is not a unicast MAC address");
        assertThat(getXml(nics).count("/nics/nic")).isZero();

        assertThat(api.get(nics + "/" + nic).statusCode()).as("another VM's NIC").isEqualTo(404);
        assertThat(api.post(nics + "/" + nic + "/activate", "<action/>").statusCode()).isEqualTo(404);
        assertThat(api.get(nics + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(api.get(VMS + "/" + UUID.randomUUID() + "/nics").statusCode()).isEqualTo(404);

        assertThat(api.delete(VMS + "/" + other + "/nics/" + nic).statusCode()).isEqualTo(200);
        assertThat(getXml(VMS + "/" + other + "/nics").count("/nics/nic")).isZero();
    }
}
