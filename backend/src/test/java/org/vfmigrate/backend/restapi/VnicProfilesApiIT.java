package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.network.Network;

/**
 * {@code /vnicprofiles} over real HTTP, XML and JSON: the failover link (SPEC §1.4), one request per rule family
 * of SPEC §1 with its status and rendered text, and that refused requests change nothing.
 */
class VnicProfilesApiIT extends EngineTestBase {

    private static final String PROFILES = "/ovirt-engine/api/vnicprofiles";
    private final ObjectMapper json = new ObjectMapper();

    ApiClient api;
    UUID dc;
    UUID cluster;
    UUID mgmt;
    UUID sriovNet;

    @BeforeEach
    void fixture() {
        api = new ApiClient(port).basic("admin@internal", ADMIN_PASSWORD);
        dc = dataCenter("dc", Version.V4_6);
        cluster = cluster(dc, "cluster", Version.V4_6);
        mgmt = profile(network(dc, "mgmt"), "mgmt");
        sriovNet = network(dc, "sriov");
    }

    @Test
    void addWithFailoverInXmlAsTheSeedShowsAndReadItBack() {
        HttpResponse<String> created = api.post(PROFILES, "<vnic_profile><name>vf</name><network id=\"" + sriovNet
                + "\"/><pass_through><mode>enabled</mode></pass_through><migratable>true</migratable>"
                + "<failover id=\"" + mgmt + "\"/></vnic_profile>");

        assertThat(created.statusCode()).isEqualTo(201);
        Xml body = Xml.parse(created.body());
        String id = body.text("/vnic_profile/@id");
        assertThat(created.headers().firstValue("Location")).hasValue(PROFILES + "/" + id);
        assertThat(body.text("/vnic_profile/failover/@id")).isEqualTo(mgmt.toString());
        assertThat(body.text("/vnic_profile/failover/@href")).isEqualTo(PROFILES + "/" + mgmt);
        assertThat(body.text("/vnic_profile/pass_through/mode")).isEqualTo("enabled");
        assertThat(body.text("/vnic_profile/migratable")).isEqualTo("true");

        Xml list = Xml.parse(api.get(PROFILES).body());
        assertThat(list.text("/vnic_profiles/vnic_profile[name='vf']/failover/@id")).isEqualTo(mgmt.toString());
        assertThat(list.count("/vnic_profiles/vnic_profile[name='mgmt']/failover")).isZero();
    }

    @Test
    void addWithFailoverInJsonAndReadItBackAsJson() throws Exception {
        HttpResponse<String> created = api.json().post(PROFILES, "{\"name\":\"vf\",\"network\":{\"id\":\"" + sriovNet
                + "\"},\"pass_through\":{\"mode\":\"enabled\"},\"migratable\":true,\"failover\":{\"id\":\"" + mgmt + "\"}}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("failover").path("id").asText()).isEqualTo(mgmt.toString());
        JsonNode list = json.readTree(api.json().get(PROFILES).body()).path("vnic_profile");
        assertThat(list).hasSize(2);
    }

    @Test
    void updateWithoutFailoverKeepsItAndEmptyFailoverClearsIt() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);

        HttpResponse<String> kept = api.put(PROFILES + "/" + vf, "<vnic_profile><description>d</description></vnic_profile>");
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(Xml.parse(kept.body()).text("/vnic_profile/failover/@id")).isEqualTo(mgmt.toString());

        HttpResponse<String> cleared = api.put(PROFILES + "/" + vf, "<vnic_profile><failover/></vnic_profile>");
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(Xml.parse(cleared.body()).count("/vnic_profile/failover")).isZero();
        assertThat(storedProfile(vf).getFailoverVnicProfileId()).isNull();
    }

    @Test
    void jsonNullAndEmptyObjectClearTheFailover() {
        UUID a = vfProfile(sriovNet, "a", mgmt);
        UUID b = vfProfile(sriovNet, "b", mgmt);

        assertThat(api.json().put(PROFILES + "/" + a, "{\"failover\": null}").statusCode()).isEqualTo(200);
        assertThat(api.json().put(PROFILES + "/" + b, "{\"failover\": {}}").statusCode()).isEqualTo(200);

        assertThat(storedProfile(a).getFailoverVnicProfileId()).isNull();
        assertThat(storedProfile(b).getFailoverVnicProfileId()).isNull();
    }

    @Test
    void ruleFamilyAddRulesAnswer400WithTheRenderedText() {
        assertFault(api.post(PROFILES, vfXml("vf", UUID.randomUUID())), 400,
                "[Cannot add VM network interface profile. Failover must be valid non-passthrough vNIC profile.]");
        assertFault(api.post(PROFILES, "<vnic_profile><name>bridged</name><network id=\"" + sriovNet
                        + "\"/><failover id=\"" + mgmt + "\"/></vnic_profile>"), 400,
                "[Cannot add VM network interface profile. Failover vNIC profile is supported only for migratable passthrough vNIC profiles.]");
        Network external = new Network(null, "ext", dc);
        external.setExternal(true);
        UUID ext = profile(network(external), "ext");
        assertFault(api.post(PROFILES, vfXml("vf", ext)), 400,
                "[Cannot add VM network interface profile. Failover vNIC profile based on external network is not supported.]");
        UUID foreign = profile(network(dataCenter("dc2", Version.V4_6), "m2"), "m2");
        assertFault(api.post(PROFILES, vfXml("vf", foreign)), 400,
                "[Cannot add VM network interface profile. Failover vNIC profile must belong to a network of the same Data Center.]");
        assertThat(storedProfilesNamed("vf")).isZero();
    }

    @Test
    void selfReferenceOnUpdateAnswers400() {
        UUID vf = vfProfile(sriovNet, "vf", null);

        assertFault(api.json().put(PROFILES + "/" + vf, "{\"failover\":{\"id\":\"" + vf + "\"}}"), 400,
                "[Cannot edit VM network interface profile. Failover vNIC profile cannot point to itself.]");
    }

    @Test
    void updatingAFailoverTargetAnswers409() {
        vfProfile(sriovNet, "vf", mgmt);

        assertFault(api.put(PROFILES + "/" + mgmt, "<vnic_profile><description>x</description></vnic_profile>"), 409,
                "[Cannot edit VM network interface profile. Profile is selected as failover for: vf.]");
        assertThat(storedProfile(mgmt).getDescription()).isNull();
    }

    @Test
    void changingFailoverUnderAVmAnswers409() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        vmUsing(cluster, "vm1", vf);

        assertFault(api.put(PROFILES + "/" + vf, "<vnic_profile><failover/></vnic_profile>"), 409,
                "[Cannot edit VM network interface profile. This VM network interface profile is used by virtual machine: vm1. - Please remove it from this virtual machine and try again.]");
        assertThat(storedProfile(vf).getFailoverVnicProfileId()).isEqualTo(mgmt);
    }

    @Test
    void removalRulesAnswer409AndRemoveNothing() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        vmUsing(cluster, "vm1", vf);

        assertFault(api.delete(PROFILES + "/" + mgmt), 409,
                "[Cannot remove VM network interface profile. The profile is selected as failover for: vf. - Please change their failover profile first.]");
        assertFault(api.delete(PROFILES + "/" + vf), 409,
                "[Cannot remove VM network interface profile. This VM network interface profile is used by virtual machine: vm1. - Please remove it from this virtual machine and try again.]");
        assertThat(storedProfile(mgmt)).isNotNull();
        assertThat(storedProfile(vf)).isNotNull();
    }

    @Test
    void removeAnswers200AndTheProfileIsGone() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);

        assertThat(api.delete(PROFILES + "/" + vf).statusCode()).isEqualTo(200);
        assertThat(api.get(PROFILES + "/" + vf).statusCode()).isEqualTo(404);
    }

    @Test
    void networkSubCollectionListsAndAddsProfiles() {
        HttpResponse<String> created = api.post("/ovirt-engine/api/networks/" + sriovNet + "/vnicprofiles",
                "<vnic_profile><name>vf</name><pass_through><mode>enabled</mode></pass_through>"
                        + "<migratable>true</migratable><failover id=\"" + mgmt + "\"/></vnic_profile>");
        assertThat(created.statusCode()).isEqualTo(201);

        Xml list = Xml.parse(api.get("/ovirt-engine/api/networks/" + sriovNet + "/vnicprofiles").body());
        assertThat(list.count("/vnic_profiles/vnic_profile")).isEqualTo(1);
        assertThat(list.text("/vnic_profiles/vnic_profile/network/@id")).isEqualTo(sriovNet.toString());
    }

    @Test
    void unknownAndMalformedIdsAnswer404And400() {
        String unknown = PROFILES + "/" + UUID.randomUUID();
        assertThat(api.get(unknown).statusCode()).isEqualTo(404);
        assertThat(api.put(unknown, "<vnic_profile/>").statusCode()).isEqualTo(404);
        assertThat(api.delete(unknown).statusCode()).isEqualTo(404);
        assertFault(api.get(PROFILES + "/not-a-uuid"), 400, null);
        assertFault(api.post(PROFILES, "<vnic_profile><name>x</name><network id=\"12\"/></vnic_profile>"), 400,
                "Invalid value '12' for 'network.id': expected a UUID such as 00000000-0000-0000-0000-000000000000.");
    }

    @Test
    void badValuesAndMissingFieldsAnswer400AndWriteNothing() {
        assertFault(api.post(PROFILES, "<vnic_profile><name>x</name><network id=\"" + sriovNet
                + "\"/><pass_through><mode>sometimes</mode></pass_through></vnic_profile>"), 400,
                "Invalid value 'sometimes' for 'pass_through.mode': expected enabled or disabled.");
        assertFault(api.json().post(PROFILES, "{\"name\":\"x\",\"network\":{\"id\":\"" + sriovNet
                + "\"},\"migratable\":\"yes\"}"), 400, "Invalid value 'yes' for 'migratable': expected true or false.");
        assertFault(api.xml().post(PROFILES, "<vnic_profile><description>no name</description></vnic_profile>"), 400,
                "VnicProfile [name, network.id] required for add");
        assertThat(storedProfilesNamed("x")).isZero();
    }

    @Test
    void malformedAndHostileBodiesAnswer400AndWriteNothing() {
        int before = profileCountOverApi();
        assertFault(api.post(PROFILES, "<vnic_profile><name>x</name>"), 400, null);
        assertFault(api.json().post(PROFILES, "{\"name\": "), 400, null);
        assertFault(api.json().post(PROFILES, "{\"name\": {\"nested\": 1}}"), 400, null);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE v [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<vnic_profile><name>&e;</name><network id=\"" + sriovNet + "\"/></vnic_profile>";
        HttpResponse<String> refused = api.xml().post(PROFILES, xxe);
        assertFault(refused, 400, null);
        assertThat(refused.body()).doesNotContain("root:");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><vnic_profile><name>&c;</name>"
                + "<network id=\"" + sriovNet + "\"/></vnic_profile>";
        assertFault(api.post(PROFILES, laughs), 400, null);
        assertThat(profileCountOverApi()).isEqualTo(before);
    }

    @Test
    void hugeBodiesAreRefusedWith413AndDeeplyNestedJsonWith400() {
        String huge = "<vnic_profile><name>" + "x".repeat(2 * 1024 * 1024) + "</name></vnic_profile>";
        assertThat(api.post(PROFILES, huge).statusCode()).isEqualTo(413);
        String deep = "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThat(api.json().post(PROFILES, deep).statusCode()).isEqualTo(400);
        assertThat(api.xml().get(PROFILES).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongMediaTypeAndMethodAnswer415And405() {
        assertThat(api.send("POST", PROFILES, "text/plain", "name=x").statusCode()).isEqualTo(415);
        assertThat(api.send("DELETE", PROFILES, null, "").statusCode()).isEqualTo(405);
        assertThat(api.get("/ovirt-engine/api/no-such-collection").statusCode()).isEqualTo(404);
    }

    private String vfXml(String name, UUID failover) {
        return "<vnic_profile><name>" + name + "</name><network id=\"" + sriovNet + "\"/><pass_through><mode>enabled"
                + "</mode></pass_through><migratable>true</migratable><failover id=\"" + failover + "\"/></vnic_profile>";
    }

    private int storedProfilesNamed(String name) {
        return Xml.parse(api.xml().get(PROFILES).body()).count("/vnic_profiles/vnic_profile[name='" + name + "']");
    }

    private int profileCountOverApi() {
        return Xml.parse(api.xml().get(PROFILES).body()).count("/vnic_profiles/vnic_profile");
    }

    private void assertFault(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        String accept = response.request().headers().firstValue("Accept").orElse("");
        String actualDetail;
        if (accept.contains("json")) {
            try {
                actualDetail = json.readTree(response.body()).path("detail").asText();
            } catch (Exception e) {
                throw new AssertionError(response.body(), e);
            }
        } else {
            actualDetail = Xml.parse(response.body()).text("/fault/detail");
        }
        assertThat(actualDetail).isNotBlank();
        if (detail != null) {
            assertThat(actualDetail).isEqualTo(detail);
        }
    }
}
