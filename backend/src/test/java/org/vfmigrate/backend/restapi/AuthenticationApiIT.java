package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.Xml;

/**
 * Authentication on every endpoint: Basic, the SSO token endpoint and bearer tokens, SSO logout, and the read-only
 * role.
 */
class AuthenticationApiIT extends EngineTestBase {

    private static final String DATA_CENTERS = "/ovirt-engine/api/datacenters";

    @Test
    void everyEndpointWithoutCredentialsAnswers401WithAFault() {
        ApiClient anonymous = new ApiClient(port);
        for (String path : new String[] {"/ovirt-engine/api", "/ovirt-engine/api/vnicprofiles", DATA_CENTERS,
                "/ovirt-engine/api/clusters", "/ovirt-engine/api/networks", "/ovirt-engine/api/does-not-exist"}) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"vfmigrate\"");
            assertThat(Xml.parse(r.body()).text("/fault/reason")).isEqualTo("Unauthorized");
        }
        assertThat(anonymous.post(DATA_CENTERS, "<data_center><name>x</name></data_center>").statusCode()).isEqualTo(401);
        assertThat(anonymous.json().get(DATA_CENTERS).body()).contains("\"reason\":\"Unauthorized\"");
    }

    @Test
    void wrongPasswordsAndUnknownUsersAnswer401() {
        assertThat(new ApiClient(port).basic("admin@internal", "wrong").get(DATA_CENTERS).statusCode()).isEqualTo(401);
        assertThat(new ApiClient(port).basic("root", ADMIN_PASSWORD).get(DATA_CENTERS).statusCode()).isEqualTo(401);
        assertThat(new ApiClient(port).bearer("forged-token").get(DATA_CENTERS).statusCode()).isEqualTo(401);
    }

    @Test
    void readOnlyUserMayReadButNotWrite() {
        ApiClient user = new ApiClient(port).basic("user@internal", USER_PASSWORD);

        assertThat(user.get(DATA_CENTERS).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = user.post(DATA_CENTERS, "<data_center><name>x</name></data_center>");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Xml.parse(refused.body()).text("/fault/detail")).isEqualTo("User user@internal may only read.");
        assertThat(Xml.parse(user.get(DATA_CENTERS).body()).count("/data_centers/data_center")).isZero();
    }

    @Test
    void tokenFromTheSsoEndpointAuthenticatesApiRequests() throws Exception {
        HttpResponse<String> response = token("password", "admin@internal", ADMIN_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("token_type").asText()).isEqualTo("bearer");
        String token = body.path("access_token").asText();
        assertThat(token).hasSizeGreaterThan(30);
        assertThat(new ApiClient(port).bearer(token).get(DATA_CENTERS).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenEndpointRefusesBadCredentialsAndGrants() throws Exception {
        HttpResponse<String> denied = token("password", "admin@internal", "nope");
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(new ObjectMapper().readTree(denied.body()).path("error_code").asText()).isEqualTo("access_denied");

        HttpResponse<String> badGrant = token("client_credentials", "admin@internal", ADMIN_PASSWORD);
        assertThat(badGrant.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(badGrant.body()).path("error_code").asText())
                .isEqualTo("unsupported_grant_type");
    }

    @Test
    void ssoLogoutRevokesTheTokenItNamesAndAnswersJson() throws Exception {
        String token = new ObjectMapper().readTree(token("password", "admin@internal", ADMIN_PASSWORD).body())
                .path("access_token").asText();
        String other = new ObjectMapper().readTree(token("password", "admin@internal", ADMIN_PASSWORD).body())
                .path("access_token").asText();

        HttpResponse<String> out = logout("scope=ovirt-app-api&token=" + enc(token));

        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(out.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(new ObjectMapper().readTree(out.body()).isEmpty()).as(out.body()).isTrue();
        assertThat(new ApiClient(port).bearer(token).get(DATA_CENTERS).statusCode()).isEqualTo(401);
        assertThat(new ApiClient(port).bearer(other).get(DATA_CENTERS).statusCode()).as("other sessions live on")
                .isEqualTo(200);
        assertThat(logout("token=" + enc(token)).statusCode()).as("a token already revoked").isEqualTo(200);
        assertThat(logout("token=never-issued").statusCode()).isEqualTo(200);
    }

    @Test
    void ssoLogoutWithoutATokenIsRefusedInJson() throws Exception {
        HttpResponse<String> refused = logout("scope=ovirt-app-api");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new ObjectMapper().readTree(refused.body()).path("error_code").asText())
                .isEqualTo("invalid_request");
    }

    private HttpResponse<String> token(String grant, String user, String password) throws Exception {
        return form("/ovirt-engine/sso/oauth/token",
                "grant_type=" + grant + "&scope=ovirt-app-api&username=" + enc(user) + "&password=" + enc(password));
    }

    private HttpResponse<String> logout(String form) throws Exception {
        return form("/ovirt-engine/services/sso-logout", form);
    }

    private HttpResponse<String> form(String path, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
