package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;

/**
 * {@code /vms} over real HTTP: add with memory in bytes, CPU topology and guest OS; start (scheduled or on a
 * named host) and stop; the live domain XML for administrators; bad sizes and OS types refused with nothing
 * written.
 */
class VmsApiIT extends RunningVmApiTestBase {

    @Test
    void addShowsMemoryCpuAndOsAndLinksToNics() {
        HttpResponse<String> r = api.post(VMS, "<vm><name>vm1</name><cluster id=\"" + f.cluster + "\"/>"
                + "<memory>2147483648</memory><cpu><topology><sockets>2</sockets><cores>2</cores><threads>1</threads>"
                + "</topology></cpu><os><type>rhel_9x64</type></os></vm>");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        Xml vm = Xml.parse(r.body());
        String id = vm.text("/vm/@id");
        assertThat(r.headers().firstValue("Location")).hasValue(VMS + "/" + id);
        assertThat(vm.text("/vm/name")).isEqualTo("vm1");
        assertThat(vm.text("/vm/memory")).isEqualTo("2147483648");
        assertThat(vm.text("/vm/cpu/topology/sockets")).isEqualTo("4");
        assertThat(vm.text("/vm/cpu/topology/cores")).isEqualTo("1");
        assertThat(vm.text("/vm/os/type")).isEqualTo("rhel_9x64");
        assertThat(vm.text("/vm/status")).isEqualTo("down");
        assertThat(vm.count("/vm/host")).isZero();
        assertThat(vm.text("/vm/cluster/@id")).isEqualTo(f.cluster.toString());
        assertThat(vm.text("/vm/link[@rel='nics']/@href")).isEqualTo(VMS + "/" + id + "/nics");
        assertThat(inTransaction(() -> vmDao.get(UUID.fromString(id))).getVcpus()).isEqualTo(4);
        assertThat(inTransaction(() -> vmDao.get(UUID.fromString(id))).getMemoryMib()).isEqualTo(2048);
    }

    @Test
    void addAndUpdateInJson() {
        HttpResponse<String> r = api.json().post(VMS, "{\"name\":\"vm2\",\"cluster\":{\"id\":\"" + f.cluster
                + "\"},\"memory\":1073741824,\"cpu\":{\"topology\":{\"sockets\":1,\"cores\":4}},\"os\":{\"type\":\"debian_12\"}}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode vm = readJson(r.body());
        assertThat(vm.path("cpu").path("topology").path("sockets").asText()).isEqualTo("4");
        String id = vm.path("id").asText();

        HttpResponse<String> updated = api.json().put(VMS + "/" + id, "{\"memory\": 4294967296, \"name\": \"vm2b\"}");

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(readJson(updated.body()).path("memory").asText()).isEqualTo("4294967296");
        assertThat(readJson(updated.body()).path("name").asText()).isEqualTo("vm2b");
        assertThat(readJson(updated.body()).path("os").path("type").asText()).isEqualTo("debian_12");
        assertThat(getJson(VMS).path("vm")).hasSize(1);
    }

    @Test
    void startPutsTheVmUpOnAHostAndStopBringsItDown() {
        UUID host = f.host("h1", 1);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);

        start(vm);

        Xml up = getXml(VMS + "/" + vm);
        assertThat(up.text("/vm/status")).isEqualTo("up");
        assertThat(up.text("/vm/host/@id")).isEqualTo(host.toString());
        assertThat(up.text("/vm/host/@href")).isEqualTo(HOSTS + "/" + host);
        assertThat(fault(api.post(VMS + "/" + vm + "/start", "<action/>"), 409)).contains("vm1 is running");

        HttpResponse<String> stop = api.post(VMS + "/" + vm + "/stop", "");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        Xml down = getXml(VMS + "/" + vm);
        assertThat(down.text("/vm/status")).isEqualTo("down");
        assertThat(down.count("/vm/host")).isZero();
    }

    @Test
    void startOnANamedHostInEitherActionShape() {
        f.host("h1", 1);
        UUID h2 = f.host("h2", 1);
        String a = addVm("vm-a");
        String b = addVm("vm-b");

        assertThat(api.post(VMS + "/" + a + "/start", "<action><host id=\"" + h2 + "\"/></action>").statusCode())
                .isEqualTo(200);
        HttpResponse<String> placed = api.json().post(VMS + "/" + b + "/start",
                "{\"vm\":{\"placement_policy\":{\"hosts\":{\"host\":[{\"id\":\"" + h2 + "\"}]}}}}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(readJson(placed.body()).path("status").asText()).isEqualTo("complete");

        assertThat(getXml(VMS + "/" + a).text("/vm/host/@id")).isEqualTo(h2.toString());
        assertThat(getXml(VMS + "/" + b).text("/vm/host/@id")).isEqualTo(h2.toString());
    }

    @Test
    void aHostWithoutAMemorySizeIsNotPreferredOverOneWithFreeMemory() {
        f.host("a-no-memory", 1);
        UUID sized = f.host("b-sized", 1);
        HttpResponse<String> updated = api.put(HOSTS + "/" + sized, "<host><memory>68719476736</memory></host>");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        String vm = addVm("vm1");

        start(vm);

        assertThat(getXml(VMS + "/" + vm).text("/vm/host/@id")).isEqualTo(sized.toString());
    }

    @Test
    void domainXmlIsTheHostsLiveXmlForAdministratorsOnly() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);

        assertThat(fault(api.get(VMS + "/" + vm + "/domainxml"), 409)).contains("vm1 is not running");
        start(vm);

        HttpResponse<String> r = api.get(VMS + "/" + vm + "/domainxml");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        Xml domain = Xml.parse(r.body());
        assertThat(domain.text("/domain/name")).isEqualTo("vm1");
        assertThat(domain.text("//interface[@type='hostdev']/teaming/@type")).isEqualTo("transient");
        assertThat(domain.text("//interface[@type='hostdev']/teaming/@persistent")).isEqualTo("ua-fo-" + nic);
        assertThat(domain.text("//interface[alias/@name='ua-fo-" + nic + "']/teaming/@type")).isEqualTo("persistent");

        assertThat(fault(readOnly.get(VMS + "/" + vm + "/domainxml"), 403)).contains("administrator");
        assertThat(api.get(VMS + "/" + UUID.randomUUID() + "/domainxml").statusCode()).isEqualTo(404);
    }

    @Test
    void aRepresentationTheResourceCannotGiveIs406WithAFaultTheClientCanRead() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        start(vm);

        HttpResponse<String> json = api.json().get(VMS + "/" + vm + "/domainxml");
        HttpResponse<String> png = api.accept("image/png").get(VMS);
        api.xml();

        assertThat(json.statusCode()).isEqualTo(406);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        assertThat(fault(json, 406)).isEqualTo("This resource answers only application/xml, which the request does "
                + "not accept (Accept: application/json).");
        assertThat(png.statusCode()).isEqualTo(406);
        assertThat(png.headers().firstValue("Content-Type")).as("neither taken: XML")
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(Xml.parse(png.body()).text("/fault/detail")).isEqualTo("This resource answers only application/xml "
                + "or application/json, which the request does not accept (Accept: image/png).");
    }

    @Test
    void badSizesAndOsTypesAre400AndNothingIsWritten() {
        String head = "<vm><name>bad</name><cluster id=\"" + f.cluster + "\"/>";
        assertThat(fault(api.post(VMS, head + "<memory>1000000</memory></vm>"), 400))
                .isEqualTo("Invalid value '1000000' for 'memory': expected a size in bytes that is a whole number of "
                        + "MiB, at least 1048576 (1 MiB).");
        assertThat(fault(api.post(VMS, head + "<memory>0</memory></vm>"), 400)).contains("'memory'");
        assertThat(fault(api.post(VMS, head + "<memory>lots</memory></vm>"), 400)).contains("'memory'");
        assertThat(fault(api.post(VMS, head + "<memory>8796093022208</memory></vm>"), 400))
                .startsWith("[Cannot add VM. Memory must be between 1 and");
        assertThat(fault(api.post(VMS, head + "<os><type>plan9</type></os></vm>"), 400))
                .startsWith("Invalid value 'plan9' for 'os.type': expected one of rhel_6x64, rhel_7x64, rhel_8x64,")
                .endsWith(", other_linux, other.");
        assertThat(fault(api.json().post(VMS, "{\"name\":\"bad\",\"cluster\":{\"id\":\"" + f.cluster
                + "\"},\"os\":{\"type\":\"RHEL_8X64\"}}"), 400)).startsWith("Invalid value 'RHEL_8X64' for 'os.type'");
        api.xml();
        assertThat(fault(api.post(VMS, head + "<cpu><topology><sockets>0</sockets></topology></cpu></vm>"), 400))
                .contains("'cpu.topology.sockets'");
        assertThat(fault(api.post(VMS, head + "<cpu><topology><cores>x</cores></topology></cpu></vm>"), 400))
                .contains("'cpu.topology.cores'");
        assertThat(fault(api.post(VMS, "<vm><name>bad</name></vm>"), 400)).isEqualTo("VM [name, cluster.id] required for add");
        assertThat(fault(api.json().post(VMS, "{\"name\":\"bad\",\"cluster\":{\"id\":\"" + f.cluster
                + "\"},\"memory\":{\"x\":1}}"), 400)).startsWith("The request body could not be read");
        assertThat(getXml(VMS).count("/vms/vm")).isZero();

        String vm = addVm("vm1");
        assertThat(fault(api.put(VMS + "/" + vm, "<vm><memory>-1048576</memory></vm>"), 400)).contains("'memory'");
        assertThat(fault(api.put(VMS + "/" + vm, "<vm><os><type>plan9</type></os></vm>"), 400))
                .startsWith("Invalid value 'plan9' for 'os.type': expected one of ");
        assertThat(getXml(VMS + "/" + vm).text("/vm/os/type")).isEqualTo("rhel_8x64");
        assertThat(fault(api.post(VMS + "/" + vm + "/start", "<action><host id=\"h1\"/></action>"), 400))
                .contains("'host.id'");
        assertThat(getXml(VMS + "/" + vm).text("/vm/status")).isEqualTo("down");
    }

    @Test
    void removeAndUnknownIds() {
        String vm = addVm("vm1");

        assertThat(api.delete(VMS + "/" + vm).statusCode()).isEqualTo(200);

        assertThat(api.get(VMS + "/" + vm).statusCode()).isEqualTo(404);
        assertThat(api.post(VMS + "/" + vm + "/start", "<action/>").statusCode()).isEqualTo(404);
        assertThat(api.delete(VMS + "/" + vm).statusCode()).isEqualTo(404);
        assertThat(readOnly.post(VMS, "<vm/>").statusCode()).isEqualTo(403);
    }
}
