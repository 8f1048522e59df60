package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.backend.testing.Xml;

/**
 * What the host, VM, NIC and event API tests share: the failover data center of {@link RunningVmFixture}, an
 * admin and a read-only client, and VMs built through the API itself, so each step a test takes is a real
 * request whose status is checked.
 */
abstract class RunningVmApiTestBase extends EngineTestBase {

    static final String API = "/ovirt-engine/api";
    static final String VMS = API + "/vms";
    static final String HOSTS = API + "/hosts";

    final ObjectMapper json = new ObjectMapper();

    @Autowired
    HostDrivers drivers;

    RunningVmFixture f;
    ApiClient api;
    ApiClient readOnly;

    @BeforeEach
    void apiFixture() {
        f = new RunningVmFixture(this, drivers);
        api = new ApiClient(port).basic("admin@internal", ADMIN_PASSWORD);
        readOnly = new ApiClient(port).basic("user@internal", USER_PASSWORD);
    }

    /** A VM added through the API with 1 GiB and a RHEL 8 guest; returns its id. */
    String addVm(String name) {
        HttpResponse<String> r = api.post(VMS, "<vm><name>" + name + "</name><cluster id=\"" + f.cluster
                + "\"/><memory>1073741824</memory><os><type>rhel_8x64</type></os></vm>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Xml.parse(r.body()).text("/vm/@id");
    }

    /** A NIC on the profile, its type left to the profile; returns its id. */
    String addNic(String vm, String name, UUID profile) {
        HttpResponse<String> r = api.post(VMS + "/" + vm + "/nics", "<nic><name>" + name + "</name><vnic_profile id=\""
                + profile + "\"/></nic>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Xml.parse(r.body()).text("/nic/@id");
    }

    void start(String vm) {
        HttpResponse<String> r = api.post(VMS + "/" + vm + "/start", "<action/>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Xml.parse(r.body()).text("/action/status")).isEqualTo("complete");
    }

    Xml getXml(String path) {
        HttpResponse<String> r = api.xml().get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Xml.parse(r.body());
    }

    JsonNode getJson(String path) {
        HttpResponse<String> r = api.json().get(path);
        api.xml();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return readJson(r.body());
    }

    JsonNode readJson(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The fault's detail, from an XML or JSON body; asserts the status first. */
    String fault(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        String body = r.body().strip();
        return body.startsWith("{") ? readJson(body).path("detail").asText() : Xml.parse(body).text("/fault/detail");
    }
}
