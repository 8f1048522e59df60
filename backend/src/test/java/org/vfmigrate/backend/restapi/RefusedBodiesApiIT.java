package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;

/**
 * Bodies the engine must refuse before they do anything, each a bug the hostile-input storm found: parser
 * internals in faults, deep nesting read as an empty action, another root element than the endpoint's, text XML
 * cannot carry smuggled in through JSON escapes, a chunked body over the limit, JSON nulls where lists belong.
 */
class RefusedBodiesApiIT extends RunningVmApiTestBase {

    @Test
    void aJsonValueOfTheWrongKindIsDescribedWithoutJavaNames() {
        String detail = fault(api.json().post(VMS, "{\"name\": [\"a\"], \"cluster\": {\"id\": \"" + f.cluster + "\"}}"),
                400);

        assertThat(detail).isEqualTo("The request body could not be read: the value at 'name' is not text "
                + "(line 1, column 10).");
        assertThat(fault(api.json().post(VMS, "{\"memory\": NaN}"), 400))
                .isEqualTo("The request body could not be read: malformed JSON: Non-standard token 'NaN' "
                        + "(line 1, column 15).");
    }

    @Test
    void deepNestingIsRefusedInsteadOfBeingReadAsAnEmptyAction() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        start(vm);
        String deepXml = "<action>" + "<a>".repeat(100) + "</a>".repeat(100) + "</action>";
        String deepJson = "{\"a\":".repeat(100) + "1" + "}".repeat(100);

        assertThat(fault(api.post(VMS + "/" + vm + "/stop", deepXml), 400))
                .isEqualTo("The request body could not be read: the document is nested deeper than 64 levels.");
        assertThat(fault(api.json().post(VMS + "/" + vm + "/stop", deepJson), 400))
                .startsWith("The request body could not be read: the JSON document passes a limit of this API");
        assertThat(getXml(VMS + "/" + vm).text("/vm/status")).isEqualTo("up");
    }

    @Test
    void anotherRootElementThatJaxbKnowsIsRefused() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        start(vm);

        assertThat(fault(api.xml().post(VMS + "/" + vm + "/stop", "<host><name>h1</name></host>"), 400))
                .isEqualTo("The request body could not be read: the root element must be <action>.");
        assertThat(getXml(VMS + "/" + vm).text("/vm/status")).isEqualTo("up");
    }

    @Test
    void jsonTextThatXmlCannotCarryIsRefusedAndNothingIsStored() {
        String path = API + "/datacenters/" + f.dc;

        assertThat(fault(api.json().put(path, "{\"description\": \"a\\u0000b\"}"), 400))
                .isEqualTo("The request body could not be read: the text at 'description' holds U+0000, "
                        + "a character API text may not contain (line 1, column 17).");
        assertThat(fault(api.json().put(path, "{\"description\": \"\\ud800\"}"), 400)).contains("holds U+D800");
        assertThat(fault(api.json().put(path, "{\"description\": \"bell \\u0007\"}"), 400)).contains("holds U+0007");
        assertThat(fault(api.json().put(HOSTS + "/" + f.host("h1", 1) + "/simulation",
                "{\"faults\": [{\"operation\": \"hot_plug\", \"kind\": \"fail\", \"vm\": \"a\\u0000\"}]}"), 400))
                .contains("holds U+0000");
        assertThat(getXml(path).text("/data_center/description")).isEmpty();
        assertThat(api.json().put(path, "{\"description\": \"tab\\tand \\ud83d\\udca5 are fine\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLargeAndSaidSoInTheAcceptedFormat() throws Exception {
        byte[] body = ("<vm><name>x</name><description>" + "d".repeat(1_200_000) + "</description></vm>")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + VMS))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin@internal:"
                        + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/xml").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(readJson(r.body()).path("detail").asText()).isEqualTo("Request bodies are limited to 1048576 bytes.");
        String declared = api.json().post(VMS, new String(body, StandardCharsets.UTF_8)).body();
        assertThat(readJson(declared).path("reason").asText()).isEqualTo("Request too large");
        assertThat(getXml(VMS).count("/vms/vm")).isZero();
    }

    @Test
    void simulationSettingsNestedDeeplyOrGivingAKeyTwiceAreRefused() {
        String path = HOSTS + "/" + f.host("h1", 1) + "/simulation";

        assertThat(fault(api.xml().put(path, "<simulation>" + "<a>".repeat(5000) + "</a>".repeat(5000)
                + "</simulation>"), 400)).contains("nested deeper than 64 levels");
        assertThat(fault(api.json().put(path, "{\"unplugAckMs\": 1, \"unplug_ack_ms\": 2}"), 400))
                .contains("'unplug_ack_ms' is given twice");
        assertThat(getXml(path).text("/simulation/unplug_ack_ms")).isEqualTo("0");
    }

    @Test
    void jsonNullsWhereListsBelongMeanEmptyListsNotAnEngineFailure() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        start(vm);

        assertThat(fault(api.json().post(VMS + "/" + vm + "/start",
                "{\"vm\": {\"placement_policy\": {\"hosts\": {\"host\": null}}}}"), 409)).contains("is running");
        assertThat(fault(api.json().post(VMS + "/" + vm + "/start",
                "{\"vm\": {\"placement_policy\": {\"hosts\": {\"host\": [null]}}}}"), 409)).contains("is running");
        HttpResponse<String> network = api.json().post(API + "/networks", "{\"name\": \"n1\", \"data_center\": {\"id\": \""
                + f.dc + "\"}, \"usages\": {\"usage\": null}, \"profile_required\": false}");
        assertThat(network.statusCode()).as(network.body()).isEqualTo(201);
        assertThat(readJson(network.body()).path("usages").path("usage")).isEmpty();
        assertThat(api.json().get(VMS + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(Xml.parse(api.xml().get(VMS + "/" + vm).body()).text("/vm/status")).isEqualTo("up");
    }
}
