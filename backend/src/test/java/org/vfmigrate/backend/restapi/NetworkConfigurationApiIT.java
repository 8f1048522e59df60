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

/** {@code /datacenters}, {@code /clusters}, {@code /networks} over real HTTP: the oVirt shapes and their rules. */
class NetworkConfigurationApiIT extends EngineTestBase {

    private static final String API = "/ovirt-engine/api";
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port).basic("admin@internal", ADMIN_PASSWORD);
    }

    @Test
    void dataCenterClusterNetworkLifecycleInXml() {
        HttpResponse<String> dc = api.post(API + "/datacenters",
                "<data_center><name>east</name><version><major>4</major><minor>6</minor></version></data_center>");
        assertThat(dc.statusCode()).isEqualTo(201);
        String dcId = Xml.parse(dc.body()).text("/data_center/@id");
        assertThat(Xml.parse(dc.body()).text("/data_center/version/minor")).isEqualTo("6");

        HttpResponse<String> cluster = api.post(API + "/clusters", "<cluster><name>c1</name><data_center id=\"" + dcId
                + "\"/><version><major>4</major><minor>7</minor></version></cluster>");
        assertThat(cluster.statusCode()).isEqualTo(201);
        assertThat(Xml.parse(cluster.body()).text("/cluster/data_center/@id")).isEqualTo(dcId);

        HttpResponse<String> net = api.post(API + "/networks", "<network><name>ovirtmgmt</name><data_center id=\""
                + dcId + "\"/><vlan id=\"100\"/><mtu>9000</mtu><usages><usage>vm</usage></usages></network>");
        assertThat(net.statusCode()).isEqualTo(201);
        Xml network = Xml.parse(net.body());
        assertThat(network.text("/network/vlan/@id")).isEqualTo("100");
        assertThat(network.text("/network/mtu")).isEqualTo("9000");
        assertThat(network.text("/network/bridge_name")).isEqualTo("ovirtmgmt");
        String netId = network.text("/network/@id");
        // oVirt creates the network's own profile unless told not to
        assertThat(Xml.parse(api.get(API + "/networks/" + netId + "/vnicprofiles").body())
                .text("/vnic_profiles/vnic_profile/name")).isEqualTo("ovirtmgmt");

        HttpResponse<String> removeDc = api.delete(API + "/datacenters/" + dcId);
        assertThat(removeDc.statusCode()).isEqualTo(409);
        assertThat(Xml.parse(removeDc.body()).text("/fault/detail"))
                .isEqualTo("[Cannot remove Data Center. The Data Center still contains 1 cluster(s) and 1 network(s); remove them first.]");

        assertThat(api.delete(API + "/networks/" + netId).statusCode()).isEqualTo(200);
        assertThat(api.delete(API + "/clusters/" + Xml.parse(cluster.body()).text("/cluster/@id")).statusCode()).isEqualTo(200);
        assertThat(api.delete(API + "/datacenters/" + dcId).statusCode()).isEqualTo(200);
        assertThat(Xml.parse(api.get(API + "/datacenters").body()).count("/data_centers/data_center")).isZero();
    }

    @Test
    void aClusterWithHostsIsNotRemovedAndTheFaultNamesThemNotTheDatabase() {
        UUID dc = dataCenter("dc", Version.V4_6);
        UUID cluster = cluster(dc, "c1", Version.V4_6);
        HttpResponse<String> host = api.post(API + "/hosts?activate=false", "<host><name>kvm1</name><address>sim://kvm1-"
                + UUID.randomUUID().toString().substring(0, 8) + "</address><cluster id=\"" + cluster + "\"/></host>");
        assertThat(host.statusCode()).as(host.body()).isEqualTo(201);

        HttpResponse<String> refused = api.delete(API + "/clusters/" + cluster);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Xml.parse(refused.body()).text("/fault/detail"))
                .isEqualTo("[Cannot remove Cluster. Hosts are attached to it: kvm1; move or remove them first.]");
        assertThat(refused.body()).doesNotContain("constraint", "fkey");
        assertThat(api.get(API + "/clusters/" + cluster).statusCode()).isEqualTo(200);
        assertThat(api.delete(API + "/hosts/" + Xml.parse(host.body()).text("/host/@id")).statusCode()).isEqualTo(200);
        assertThat(api.delete(API + "/clusters/" + cluster).statusCode()).isEqualTo(200);
    }

    @Test
    void jsonBodiesWorkTheSameWay() throws Exception {
        ObjectMapper json = new ObjectMapper();
        HttpResponse<String> dc = api.json().post(API + "/datacenters",
                "{\"name\":\"west\",\"version\":{\"major\":4,\"minor\":6}}");
        assertThat(dc.statusCode()).isEqualTo(201);
        String dcId = json.readTree(dc.body()).path("id").asText();
        HttpResponse<String> net = api.json().post(API + "/networks", "{\"name\":\"sriov-net\",\"data_center\":{\"id\":\""
                + dcId + "\"},\"profile_required\":false}");
        assertThat(net.statusCode()).isEqualTo(201);
        JsonNode list = json.readTree(api.json().get(API + "/networks").body());
        assertThat(list.path("network").get(0).path("name").asText()).isEqualTo("sriov-net");
        String netId = json.readTree(net.body()).path("id").asText();
        assertThat(Xml.parse(api.xml().get(API + "/networks/" + netId + "/vnicprofiles").body())
                .count("/vnic_profiles/vnic_profile")).isZero();
    }

    @Test
    void networkRulesAnswer400WithTheirTexts() {
        UUID dc = dataCenter("dc", Version.V4_6);
        HttpResponse<String> vlan = api.post(API + "/networks", "<network><name>n</name><data_center id=\"" + dc
                + "\"/><vlan id=\"5000\"/></network>");
        assertThat(vlan.statusCode()).isEqualTo(400);
        assertThat(Xml.parse(vlan.body()).text("/fault/detail"))
                .isEqualTo("[Cannot add Network. VLAN id 5000 is out of range; it must be between 0 and 4094.]");
        HttpResponse<String> bridge = api.post(API + "/networks", "<network><name>n</name><data_center id=\"" + dc
                + "\"/><bridge_name>a-bridge-name-too-long</bridge_name></network>");
        assertThat(bridge.statusCode()).isEqualTo(400);
        HttpResponse<String> noDc = api.post(API + "/networks", "<network><name>n</name><data_center id=\""
                + UUID.randomUUID() + "\"/></network>");
        assertThat(Xml.parse(noDc.body()).text("/fault/detail"))
                .isEqualTo("[Cannot add Network. Data Center does not exist.]");
        network(dc, "dup");
        HttpResponse<String> dup = api.post(API + "/networks", "<network><name>dup</name><data_center id=\"" + dc + "\"/></network>");
        assertThat(dup.statusCode()).isEqualTo(409);
    }

    @Test
    void clusterLevelRulesHoldThroughTheApi() {
        UUID dc = dataCenter("dc", Version.V4_2);
        UUID cluster = cluster(dc, "c", Version.V4_6);
        UUID mgmt = profile(network(dc, "mgmt"), "mgmt");
        UUID vf = vfProfile(network(dc, "sriov"), "vf", mgmt);
        vmUsing(cluster, "vm1", vf);

        HttpResponse<String> lowered = api.put(API + "/clusters/" + cluster,
                "<cluster><version><major>4</major><minor>5</minor></version></cluster>");

        assertThat(lowered.statusCode()).isEqualTo(400);
        assertThat(Xml.parse(lowered.body()).text("/fault/detail")).isEqualTo(
                "[Cannot edit Cluster. VM interface with failover vNIC profile is supported only in cluster level >= 4.6.]");
        HttpResponse<String> unsupported = api.post(API + "/datacenters",
                "<data_center><name>old</name><version><major>3</major><minor>6</minor></version></data_center>");
        assertThat(Xml.parse(unsupported.body()).text("/fault/detail")).isEqualTo(
                "[Cannot add Data Center. Compatibility version 3.6 is not supported; supported versions are 4.2 to 4.7.]");
    }

    @Test
    void apiRootDescribesTheProduct() {
        Xml root = Xml.parse(api.get(API).body());
        assertThat(root.text("/api/product_info/name")).isEqualTo("vfmigrate");
        assertThat(root.text("/api/product_info/version/major")).isEqualTo("4");
        assertThat(root.count("/api/link[@rel='vnicprofiles']")).isEqualTo(1);
        assertThat(root.text("/api/time")).as("oVirt's date form, milliseconds always")
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)");
    }
}
