package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;

/**
 * {@code /hosts} over real HTTP: add (brought up at once unless told not to), the SR-IOV devices with the VF a
 * started VM holds, network attachments, maintenance and back, removal rules, and bad input refused with
 * nothing written.
 */
class HostsApiIT extends RunningVmApiTestBase {

    private static String simAddress(String name, int vfs) {
        return "sim://" + name + "-" + UUID.randomUUID().toString().substring(0, 8) + "?vfs=" + vfs
                + "&amp;networks=sriov-net&amp;bridges=ovirtmgmt";
    }

    private String hostXml(String name, String address) {
        return "<host><name>" + name + "</name><address>" + address + "</address><cluster id=\"" + f.cluster
                + "\"/><max_parallel_migrations>3</max_parallel_migrations><memory>68719476736</memory></host>";
    }

    @Test
    void addBringsTheHostUpAndShowsItsRepresentation() {
        HttpResponse<String> r = api.post(HOSTS, hostXml("h1", simAddress("h1", 2)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Xml host = Xml.parse(r.body());
        String id = host.text("/host/@id");
        assertThat(r.headers().firstValue("Location")).hasValue(HOSTS + "/" + id);
        assertThat(host.text("/host/@href")).isEqualTo(HOSTS + "/" + id);
        assertThat(host.text("/host/name")).isEqualTo("h1");
        assertThat(host.text("/host/status")).isEqualTo("up");
        assertThat(host.text("/host/cluster/@id")).isEqualTo(f.cluster.toString());
        assertThat(host.text("/host/max_parallel_migrations")).isEqualTo("3");
        assertThat(host.text("/host/memory")).isEqualTo("68719476736");
        assertThat(host.text("/host/link[@rel='devices']/@href")).isEqualTo(HOSTS + "/" + id + "/devices");
        assertThat(host.text("/host/link[@rel='networkattachments']/@href"))
                .isEqualTo(HOSTS + "/" + id + "/networkattachments");
        assertThat(getXml(HOSTS).count("/hosts/host")).isEqualTo(1);
        assertThat(getJson(HOSTS + "/" + id).path("status").asText()).isEqualTo("up");
    }

    @Test
    void addWithActivateFalseLeavesTheHostInMaintenanceAndJsonWorks() {
        String body = "{\"name\":\"h2\",\"address\":\"" + simAddress("h2", 1).replace("&amp;", "&")
                + "\",\"cluster\":{\"id\":\"" + f.cluster + "\"}}";

        HttpResponse<String> r = api.json().post(HOSTS + "?activate=false", body);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode host = readJson(r.body());
        assertThat(host.path("status").asText()).isEqualTo("maintenance");
        assertThat(host.path("max_parallel_migrations").asText()).isEqualTo("2");
        assertThat(host.path("link").isArray()).isTrue();
    }

    @Test
    void aHostThatCannotBeActivatedIsAddedInMaintenanceAndBothTheAnswerAndTheEventSayWhy() {
        HttpResponse<String> r = api.post(HOSTS, hostXml("kvm1", "test:///nonexistent/node.xml"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Xml host = Xml.parse(r.body());
        assertThat(host.text("/host/status")).isEqualTo("maintenance");
        String why = host.text("/host/status_detail");
        assertThat(why).startsWith("Cannot activate Host. Host test:///nonexistent/node.xml could not carry it out: ")
                .contains("nonexistent/node.xml");
        String hostError = why.substring(why.indexOf("carry it out: ") + "carry it out: ".length()).replaceAll("\\.$", "");
        assertThat(getXml(API + "/events?max=1").text("/events/event/description"))
                .isEqualTo("Failed to activate Host kvm1: " + hostError + ". (User: admin@internal)");
        assertThat(getXml(HOSTS + "/" + host.text("/host/@id")).count("/host/status_detail")).as("not kept").isZero();
        assertThat(fault(api.post(HOSTS + "/" + host.text("/host/@id") + "/activate", "<action/>"), 400))
                .isEqualTo("[" + why + "]");
    }

    @Test
    void devicesShowThePfWithItsNetworksAndTheVfsWithTheirHolder() {
        UUID host = f.host("h1", 2);
        Xml before = getXml(HOSTS + "/" + host + "/devices");
        assertThat(before.count("/host_devices/host_device")).isEqualTo(3);
        String pf = before.text("/host_devices/host_device[virtual_functions]/@id");
        assertThat(before.text("/host_devices/host_device[@id='" + pf + "']/virtual_functions")).isEqualTo("2");
        assertThat(before.text("/host_devices/host_device[@id='" + pf + "']/capability")).isEqualTo("pci");
        assertThat(before.text("/host_devices/host_device[@id='" + pf + "']/networks/network/@id"))
                .isEqualTo(f.sriovNet.toString());
        assertThat(before.count("/host_devices/host_device[physical_function/@id='" + pf + "']")).isEqualTo(2);
        assertThat(before.count("/host_devices/host_device[reservation='free']")).isEqualTo(2);
        String vfName = before.text("/host_devices/host_device[physical_function][1]/name");
        String vfAddress = before.text("/host_devices/host_device[physical_function][1]/pci_address");
        assertThat(vfName).isEqualTo("pci_" + vfAddress.replace(':', '_').replace('.', '_')).startsWith("pci_0000_");

        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);
        start(vm);

        Xml after = getXml(HOSTS + "/" + host + "/devices");
        assertThat(after.count("/host_devices/host_device[vm/@id='" + vm + "']")).isEqualTo(1);
        String held = "/host_devices/host_device[vm/@id='" + vm + "']";
        assertThat(after.text(held + "/reservation")).isEqualTo("attached");
        assertThat(after.text(held + "/nic/@id")).isEqualTo(nic);
        assertThat(after.text(held + "/nic/@href")).isEqualTo(VMS + "/" + vm + "/nics/" + nic);
        String heldId = after.text(held + "/@id");
        Xml one = getXml(HOSTS + "/" + host + "/devices/" + heldId);
        assertThat(one.text("/host_device/vm/@id")).isEqualTo(vm);
        assertThat(one.text("/host_device/physical_function/@id")).isEqualTo(pf);
        assertThat(api.get(HOSTS + "/" + host + "/devices/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void networkAttachmentsShowTheBridgedNetwork() {
        UUID host = f.host("h1", 1);

        Xml attachments = getXml(HOSTS + "/" + host + "/networkattachments");

        String mgmt = "/network_attachments/network_attachment[network/@id='" + f.mgmtNet + "']";
        assertThat(attachments.count(mgmt)).isEqualTo(1);
        assertThat(attachments.text(mgmt + "/bridge_name")).isEqualTo("ovirtmgmt");
        assertThat(attachments.text(mgmt + "/host/@id")).isEqualTo(host.toString());
        String id = attachments.text(mgmt + "/@id");
        assertThat(getXml(HOSTS + "/" + host + "/networkattachments/" + id)
                .text("/network_attachment/network/@id")).isEqualTo(f.mgmtNet.toString());
        assertThat(getXml(HOSTS + "/" + host + "/networkattachments").text(mgmt + "/@id"))
                .as("ids are stable").isEqualTo(id);
    }

    @Test
    void deactivateActivateAndRemoveFollowTheHostRules() {
        UUID host = f.host("h1", 1);

        String removeUp = fault(api.delete(HOSTS + "/" + host), 409);
        assertThat(removeUp).isEqualTo("[Cannot remove Host. Host h1 is up; this needs it to be maintenance or non_responsive.]");

        HttpResponse<String> off = api.post(HOSTS + "/" + host + "/deactivate", "<action/>");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Xml.parse(off.body()).text("/action/status")).isEqualTo("complete");
        assertThat(getXml(HOSTS + "/" + host).text("/host/status")).isEqualTo("maintenance");

        HttpResponse<String> on = api.post(HOSTS + "/" + host + "/activate", "");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(getXml(HOSTS + "/" + host).text("/host/status")).isEqualTo("up");

        assertThat(api.post(HOSTS + "/" + host + "/deactivate", "<action/>").statusCode()).isEqualTo(200);
        assertThat(api.delete(HOSTS + "/" + host).statusCode()).isEqualTo(200);
        assertThat(api.get(HOSTS + "/" + host).statusCode()).isEqualTo(404);
    }

    @Test
    void aHostRunningAVmNoOtherHostCanTakeStaysPreparingForMaintenance() {
        UUID host = f.host("h1", 1);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);

        HttpResponse<String> r = api.post(HOSTS + "/" + host + "/deactivate", "<action/>");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(getXml(HOSTS + "/" + host).text("/host/status")).isEqualTo("preparing_for_maintenance");
        assertThat(getXml("/ovirt-engine/api/vms/" + vm).text("/vm/status")).isEqualTo("up");
    }

    @Test
    void updateRenamesAndChangesTheMigrationLimit() {
        UUID host = f.host("h1", 1);

        HttpResponse<String> r = api.put(HOSTS + "/" + host,
                "<host><name>h1-renamed</name><max_parallel_migrations>4</max_parallel_migrations></host>");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Xml.parse(r.body()).text("/host/name")).isEqualTo("h1-renamed");
        assertThat(Xml.parse(r.body()).text("/host/max_parallel_migrations")).isEqualTo("4");
        assertThat(fault(api.put(HOSTS + "/" + host, "<host><max_parallel_migrations>0</max_parallel_migrations></host>"),
                400)).startsWith("[Cannot edit Host. The number of parallel migrations must be between 1 and");
    }

    @Test
    void badInputIsRefusedWith400AndNothingIsWritten() {
        String address = simAddress("bad", 1);
        assertThat(fault(api.post(HOSTS, "<host><name>x</name><address>" + address + "</address></host>"), 400))
                .isEqualTo("Host [name, address, cluster.id] required for add");
        assertThat(fault(api.post(HOSTS, "<host><name>x</name><address>" + address
                + "</address><cluster id=\"nope\"/></host>"), 400)).contains("'cluster.id'");
        assertThat(fault(api.post(HOSTS, hostXml("x", address).replace(">3<", ">three<")), 400))
                .contains("'max_parallel_migrations'");
        assertThat(fault(api.post(HOSTS, hostXml("x", address).replace("68719476736", "-1")), 400))
                .contains("'memory'");
        assertThat(fault(api.post(HOSTS + "?activate=maybe", hostXml("x", address)), 400)).contains("'activate'");
        assertThat(fault(api.post(HOSTS, "<host><name>x</name"), 400)).startsWith("The request body could not be read");
        assertThat(fault(api.json().post(HOSTS, "{\"name\": [1, 2]}"), 400)).startsWith("The request body could not be read");
        assertThat(fault(api.xml().post(HOSTS, hostXml("x", "ftp://nowhere")), 400)).contains("ftp://nowhere");
        assertThat(fault(api.post(HOSTS, "<host><name>x</name><address>" + address + "</address><cluster id=\""
                + UUID.randomUUID() + "\"/></host>"), 400)).isEqualTo("[Cannot add Host. Cluster does not exist.]");

        assertThat(getXml(HOSTS).count("/hosts/host")).isZero();
        assertThat(fault(api.get(HOSTS + "/" + UUID.randomUUID()), 404)).contains("not found");
        assertThat(fault(api.get(HOSTS + "/not-a-uuid"), 400)).contains("'id'");
        assertThat(fault(api.post(HOSTS + "/" + UUID.randomUUID() + "/activate", "<action/>"), 404)).isNotEmpty();
    }

    @Test
    void theReadOnlyUserReadsButCannotChangeHosts() {
        UUID host = f.host("h1", 1);

        assertThat(readOnly.get(HOSTS + "/" + host + "/devices").statusCode()).isEqualTo(200);
        assertThat(readOnly.post(HOSTS + "/" + host + "/deactivate", "<action/>").statusCode()).isEqualTo(403);
        assertThat(readOnly.delete(HOSTS + "/" + host).statusCode()).isEqualTo(403);
        assertThat(getXml(HOSTS + "/" + host).text("/host/status")).isEqualTo("up");
    }
}
