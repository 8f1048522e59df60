package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;
import org.vfmigrate.vdsbroker.host.sim.SimSettingsParser;

/**
 * {@code /hosts/{id}/simulation} over real HTTP: an injected hot-plug failure makes a NIC activation fail with a
 * 400 and leaves the NIC unplugged; invalid settings are refused listing every problem; only simulated hosts
 * have settings; only administrators see them; DELETE resets them. {@code domains} shows what the host runs.
 */
class SimulationApiIT extends RunningVmApiTestBase {

    @Test
    void anInjectedHotPlugFailureFailsTheActivationAndTheNicStaysUnplugged() {
        UUID host = f.host("h1", 1);
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);
        start(vm);
        String path = VMS + "/" + vm + "/nics/" + nic;
        assertThat(api.post(path + "/deactivate", "<action/>").statusCode()).isEqualTo(200);

        HttpResponse<String> put = api.json().put(HOSTS + "/" + host + "/simulation",
                "{\"faults\":[{\"operation\":\"hot_plug\",\"vm\":\"vm1\",\"kind\":\"fail\",\"times\":1}],\"unplug_ack_ms\":0}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode settings = readJson(put.body());
        assertThat(settings.path("faults")).hasSize(1);
        assertThat(settings.path("faults").get(0).path("operation").asText()).isEqualTo("hot_plug");
        assertThat(settings.path("faults").get(0).path("kind").asText()).isEqualTo("fail");

        String detail = fault(api.xml().post(path + "/activate", "<action/>"), 400);

        assertThat(detail).startsWith("[Cannot plug Interface. Host sim://h1-")
                .endsWith("could not carry it out: internal error: injected fault: hot_plug failed.]");
        Xml after = getXml(path);
        assertThat(after.text("/nic/plugged")).isEqualTo("false");
        assertThat(after.text("/nic/failover_device/plugged")).isEqualTo("false");
        assertThat(getXml(API + "/events?max=1").text("/events/event/name")).isEqualTo("USER_ACTIVATE_VM_INTERFACE_FAILED");
        assertThat(getXml(API + "/events?max=1").text("/events/event/severity")).isEqualTo("error");

        assertThat(api.post(path + "/activate", "<action/>").statusCode()).as("the fault was used up").isEqualTo(200);
    }

    @Test
    void xmlSettingsRoundTripAndDeleteResets() {
        UUID host = f.host("h1", 1);
        String path = HOSTS + "/" + host + "/simulation";

        HttpResponse<String> put = api.put(path, "<simulation><unplug_ack_ms>2000</unplug_ack_ms><faults><fault>"
                + "<operation>hot_plug</operation><vm>demo-vm</vm><kind>fail</kind><times>2</times></fault></faults>"
                + "<guests><guest><vm>*</vm><net_failover>false</net_failover></guest></guests></simulation>");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        Xml got = getXml(path);
        assertThat(got.text("/simulation/unplug_ack_ms")).isEqualTo("2000");
        assertThat(got.text("/simulation/faults/fault/vm")).isEqualTo("demo-vm");
        assertThat(got.text("/simulation/faults/fault/times")).isEqualTo("2");
        assertThat(got.text("/simulation/guests/guest/net_failover")).isEqualTo("false");
        assertThat(f.sim(host).settings().unplugAckMs()).isEqualTo(2000);
        assertThat(f.sim(host).settings().faults()).extracting(SimFault::operation)
                .containsExactly(SimFault.Operation.HOT_PLUG);

        HttpResponse<String> back = api.json().put(path, api.json().get(path).body());
        assertThat(back.statusCode()).as("what GET answers, PUT takes: " + back.body()).isEqualTo(200);
        assertThat(f.sim(host).settings()).isEqualTo(new SimSettings(f.sim(host).settings().faults(), 2000L, 0L, 0L,
                f.sim(host).settings().guests()));

        HttpResponse<String> reset = api.xml().delete(path);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(f.sim(host).settings()).isEqualTo(SimSettings.ZERO_LATENCY);
        assertThat(getXml(path).count("/simulation/faults/fault")).isZero();
        assertThat(getXml(path).text("/simulation/unplug_ack_ms")).isEqualTo("0");
    }

    @Test
    void aVmWhoseGuestIgnoredAnUnplugMigratesAgainOnceTheSimulationIsReset() {
        f.host("h1", 2);
        f.host("h2", 2);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);
        String source = HOSTS + "/" + getXml(VMS + "/" + vm).text("/vm/host/@id") + "/simulation";
        assertThat(api.json().put(source, "{\"guests\":[{\"vm\":\"vm1\",\"hotplug\":false}]}").statusCode())
                .isEqualTo(200);

        assertThat(api.xml().post(VMS + "/" + vm + "/migrate", "<action/>").statusCode()).isEqualTo(200);
        Xml undone = waitForFinishedMigration(vm, 1);
        assertThat(undone.text("/migrations/migration[1]/phase")).isEqualTo("undone");
        assertThat(undone.text("/migrations/migration[1]/failure")).contains("did not release device");

        assertThat(api.delete(source).statusCode()).isEqualTo(200);
        assertThat(api.post(VMS + "/" + vm + "/migrate", "<action/>").statusCode()).isEqualTo(200);

        assertThat(waitForFinishedMigration(vm, 2).text("/migrations/migration[1]/phase")).isEqualTo("done");
    }

    /** Polls the VM's migrations until {@code count} of them have finished (done or undone). */
    private Xml waitForFinishedMigration(String vm, int count) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Xml list = getXml(VMS + "/" + vm + "/migrations");
            if (list.count("/migrations/migration[phase='done' or phase='undone']") == count) {
                return list;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
        throw new AssertionError("the migrations of " + vm + " did not finish");
    }

    @Test
    void getShowsEveryFieldPutAcceptsAsConfigured() {
        UUID host = f.host("h1", 1);
        String path = HOSTS + "/" + host + "/simulation";
        String everything = "{\"unplug_ack_ms\":\"1500\",\"migration_bandwidth_mibps\":\"200\","
                + "\"stop_copy_downtime_ms\":\"250\",\"faults\":["
                + "{\"operation\":\"hot_unplug\",\"vm\":\"vm1\",\"kind\":\"delay\",\"times\":\"2\",\"delay_ms\":\"700\"},"
                + "{\"operation\":\"migrate\",\"vm\":\"*\",\"kind\":\"fail\",\"times\":\"1\",\"message\":\"boom\"}],"
                + "\"guests\":[{\"vm\":\"vm1\",\"net_failover\":\"true\",\"hotplug\":\"false\","
                + "\"convergence_downtime_ms\":\"400\"}]}";

        HttpResponse<String> put = api.json().put(path, everything);

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode got = getJson(path);
        assertThat(got).isEqualTo(readJson(everything));
        assertThat(readJson(put.body())).isEqualTo(got);
        assertThat(names(got)).isEqualTo(SimSettingsParser.SETTING_KEYS);
        assertThat(names(got.path("faults"))).as("delay_ms and message are shown where set")
                .isEqualTo(SimSettingsParser.FAULT_KEYS);
        assertThat(names(got.path("guests"))).isEqualTo(SimSettingsParser.GUEST_KEYS);
        Xml xml = getXml(path);
        assertThat(xml.text("/simulation/guests/guest/convergence_downtime_ms")).isEqualTo("400");
        assertThat(f.sim(host).settings().guest("vm1").convergenceDowntimeMs()).isEqualTo(400);

        HttpResponse<String> back = api.json().put(path, api.json().get(path).body());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(getJson(path)).isEqualTo(got);
    }

    /** The field names of an object, or of all the objects of an array together. */
    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (JsonNode object : node.isArray() ? node : List.of(node)) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    @Test
    void invalidSettingsAre400ListingTheProblemsAndChangeNothing() {
        UUID host = f.host("h1", 1);
        String path = HOSTS + "/" + host + "/simulation";

        assertThat(fault(api.json().put(path, "{\"faults\":[{\"operation\":\"hot_plug\",\"kind\":\"delay\",\"times\":0}]}"),
                400)).isEqualTo("fault times must be at least 1, was 0; fault kind 'delay' needs delay_ms > 0.");
        assertThat(fault(api.json().put(path, "{\"unplug_ack\": 5}"), 400)).contains("unknown setting 'unplug_ack'");
        assertThat(fault(api.json().put(path, "{\"faults\":[{\"operation\":\"explode\",\"kind\":\"fail\"}]}"), 400))
                .contains("unknown fault operation 'explode'");
        assertThat(fault(api.json().put(path, "{\"unplug_ack_ms\": \"soon\"}"), 400))
                .contains("unplug_ack_ms must be a whole number");
        assertThat(fault(api.json().put(path, "{\"unplug_ack_ms\": -5}"), 400)).contains("unplug_ack_ms must be between");
        assertThat(fault(api.json().put(path, "[1, 2]"), 400)).contains("must be a JSON object");
        assertThat(fault(api.json().put(path, "{\"faults\": "), 400)).startsWith("The request body could not be read");
        assertThat(fault(api.xml().put(path, "<simulation><faults><guest/></faults></simulation>"), 400))
                .contains("<faults> may only contain <fault>");
        assertThat(fault(api.put(path, "<settings/>"), 400)).contains("root element must be <simulation>");
        assertThat(fault(api.put(path, "<!DOCTYPE x [<!ENTITY e \"e\">]><simulation/>"), 400))
                .startsWith("The request body could not be read");

        assertThat(f.sim(host).settings()).isEqualTo(SimSettings.ZERO_LATENCY);
    }

    @Test
    void onlySimulatedHostsHaveSettingsAndOnlyAdministratorsSeeThem() {
        UUID sim = f.host("h1", 1);
        HttpResponse<String> added = api.post(HOSTS + "?activate=false", "<host><name>real</name>"
                + "<address>qemu+ssh://real.example.com/system</address><cluster id=\"" + f.cluster + "\"/></host>");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String real = Xml.parse(added.body()).text("/host/@id");
        assertThat(Xml.parse(added.body()).count("/host/link[@rel='simulation']")).isZero();

        assertThat(api.get(HOSTS + "/" + real + "/simulation").statusCode()).isEqualTo(404);
        assertThat(api.put(HOSTS + "/" + real + "/simulation", "{}").statusCode()).isEqualTo(404);
        assertThat(api.get(HOSTS + "/" + UUID.randomUUID() + "/simulation").statusCode()).isEqualTo(404);
        assertThat(fault(readOnly.get(HOSTS + "/" + sim + "/simulation"), 403)).contains("administrator");
        assertThat(readOnly.delete(HOSTS + "/" + sim + "/simulation").statusCode()).isEqualTo(403);
        assertThat(getXml(HOSTS + "/" + sim).text("/host/link[@rel='simulation']/@href"))
                .isEqualTo(HOSTS + "/" + sim + "/simulation");
    }

    @Test
    void domainsListWhatTheHostRunsWithItsLiveXml() {
        UUID h1 = f.host("h1", 2);
        UUID h2 = f.host("h2", 2);
        String vm = addVm("vm1");
        String nic = addNic(vm, "nic1", f.sriovVf);
        start(vm);
        String on = HOSTS + "/" + h1 + "/simulation/domains";
        String mac = getXml(VMS + "/" + vm + "/nics/" + nic).text("/nic/mac/address");

        assertThat(getXml(on).count("/domains/domain")).isEqualTo(1);
        assertThat(getXml(on).text("/domains/domain/name")).isEqualTo("vm1");
        assertThat(getXml(HOSTS + "/" + h2 + "/simulation/domains").count("/domains/domain")).isZero();
        Xml live = getXml(on + "/vm1");
        assertThat(live.text("/domain/name")).isEqualTo("vm1");
        assertThat(live.text("//interface[@type='hostdev']/mac/@address")).isEqualTo(mac);
        assertThat(readJson(api.json().get(on).body()).path("domain").get(0).path("name").asText()).isEqualTo("vm1");

        assertThat(fault(api.xml().get(HOSTS + "/" + h2 + "/simulation/domains/vm1"), 404)).isNotEmpty();
        for (String hostile : new String[] {"%27%3B%20drop%20table%20vms%3B%20--", "%00", "..%2F..%2Fetc",
                "x".repeat(300), "%E2%80%AEvm1", "%F0%9F%92%A5"}) {
            var answer = api.xml().get(on + "/" + hostile);
            assertThat(answer.statusCode()).as(hostile).isBetween(400, 404);
            assertThat(answer.body()).as(hostile).contains("<fault>");
        }
        assertThat(fault(readOnly.get(on), 403)).contains("administrator");
        assertThat(fault(readOnly.get(on + "/vm1"), 403)).contains("administrator");
    }
}
