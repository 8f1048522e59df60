package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.restapi.security.TokenStore;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.Xml;

/**
 * Requests refused for something else than their body, each a bug the hostile-input storm found: 406 and 405
 * answers without a fault or without {@code Allow}, Tomcat's HTML page for a URI it refuses, a 500 for a wildcard
 * Content-Type, digits of other scripts read as numbers, and faults that echo a huge input in full. Expired tokens
 * were refused all along; the test keeps it so.
 */
class RefusedRequestsApiIT extends RunningVmApiTestBase {

    @Autowired
    TokenStore tokens;

    @Test
    void anUnsatisfiableAcceptGetsA406FaultInXml() {
        HttpResponse<String> r = api.accept("text/html").get(VMS);

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(Xml.parse(r.body()).text("/fault/reason")).isEqualTo("Not acceptable");
    }

    @Test
    void aMethodNotAllowedSaysWhichAre() {
        HttpResponse<String> r = api.send("PATCH", VMS, "application/xml", "<vm/>");

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow").orElseThrow()).contains("GET").contains("POST");
        assertThat(Xml.parse(r.body()).text("/fault/detail")).startsWith("PATCH is not supported here; allowed: [");
    }

    @Test
    void aUriTomcatRefusesGetsAFaultNotAnHtmlPage() {
        for (String path : new String[] {VMS + "/%00", VMS + "/a%2Fb", API + "/" + "x".repeat(10_000)}) {
            HttpResponse<String> r = api.xml().get(path);

            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(Xml.parse(r.body()).text("/fault/detail"))
                    .isEqualTo("The request was refused before it was read: its URI or headers are malformed.");
        }
        assertThat(readJson(api.json().get(VMS + "/%00").body()).path("reason").asText()).isEqualTo("Bad Request");
    }

    @Test
    void aWildcardContentTypeIs415AndTheActionDoesNotRun() {
        f.host("h1", 1);
        String vm = addVm("vm1");
        start(vm);

        for (String type : new String[] {"*/*", "application/*"}) {
            HttpResponse<String> r = api.xml().send("POST", VMS + "/" + vm + "/stop", type, "<action/>");
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(Xml.parse(r.body()).text("/fault/reason")).isEqualTo("Unsupported media type");
        }
        assertThat(getXml(VMS + "/" + vm).text("/vm/status")).isEqualTo("up");
    }

    @Test
    void digitsOfOtherScriptsAreNoNumbers() {
        String network = API + "/networks/" + f.sriovNet;

        assertThat(fault(api.put(network, "<network><vlan id=\"\u0665\"/></network>"), 400))
                .isEqualTo("Invalid value '\u0665' for 'vlan.id': expected a whole number.");
        assertThat(fault(api.get(API + "/events?max=%EF%BC%95"), 400)).contains("'max'");
        assertThat(getXml(network).count("/network/vlan")).isZero();
        assertThat(api.get(API + "/events?max=%2B5").statusCode()).as("ASCII digits, signed").isEqualTo(200);
    }

    @Test
    void faultsQuoteAHugeInputShortly() {
        String name = "u".repeat(30_000);
        HttpResponse<String> token = new ApiClient(port).json().send("POST", "/ovirt-engine/sso/oauth/token",
                "application/x-www-form-urlencoded", "grant_type=password&username=" + name + "&password=x");

        assertThat(token.statusCode()).isEqualTo(401);
        assertThat(token.body()).hasSizeLessThan(300);
        String detail = fault(api.json().put(HOSTS + "/" + f.host("h1", 1) + "/simulation",
                "{\"" + "k".repeat(50_000) + "\": 1}"), 400);
        assertThat(detail).hasSizeLessThanOrEqualTo(1001).endsWith("…");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = tokens.issue(new EngineUser("admin@internal", true), Instant.now().minusSeconds(1)).token();

        HttpResponse<String> r = new ApiClient(port).bearer(expired).get(VMS);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Xml.parse(r.body()).text("/fault/reason")).isEqualTo("Unauthorized");
    }
}
