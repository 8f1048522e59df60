package org.vfmigrate.backend.restapi.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.builders.DataCenterBuilder;
import org.ovirt.engine.sdk4.types.Api;
import org.ovirt.engine.sdk4.types.DataCenter;
import org.vfmigrate.backend.testing.ApiClient;

/** The SDK's connection: SSO login, the API root, faults as the SDK reports them, and logout on close. */
class OvirtSdkConnectionIT extends OvirtSdkTestBase {

    @Test
    void theSdkLogsInReadsTheApiRootAndItsCloseRevokesTheToken() throws Exception {
        Api api = system().get().send().api();

        assertThat(api.productInfo().name()).isEqualTo("vfmigrate");
        assertThat(api.productInfo().version().majorAsInteger()).isEqualTo(4);
        assertThat(api.time()).as("parsed as the SDK parses dates; a wrong form lands days off")
                .isCloseTo(new Date(), 3_600_000L);
        assertThat(connection.validate()).isTrue();
        String token = connection.authenticate();
        assertThat(new ApiClient(port).bearer(token).get(API).statusCode()).isEqualTo(200);

        connection.close();
        connection = null;

        assertThat(new ApiClient(port).bearer(token).get(API).statusCode()).as("token revoked").isEqualTo(401);
    }

    @Test
    void aTokenEndedUnderTheSdkIsAnsweredWith401AndTheSdkLogsInAgain() {
        String ended = connection.authenticate();
        HttpResponse<String> logout = new ApiClient(port).json().send("POST", "/ovirt-engine/services/sso-logout",
                "application/x-www-form-urlencoded", "token=" + ended);
        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);

        assertThat(system().get().send().api().productInfo().name()).isEqualTo("vfmigrate");

        assertThat(connection.authenticate()).isNotEqualTo(ended);
    }

    @Test
    void aWrongPasswordIsRefusedAtTheSsoEndpoint() throws Exception {
        try (Connection wrong = connect("not-the-password")) {
            assertThatThrownBy(() -> wrong.systemService().get().send())
                    .isInstanceOf(org.ovirt.engine.sdk4.Error.class)
                    .rootCause().hasMessageContaining("Error during SSO authentication \"access_denied\"");
        }
    }

    @Test
    void refusedRequestsReachTheSdkAsFaultsWithTheirStatus() {
        DataCenter dc = system().dataCentersService().add().dataCenter(new DataCenterBuilder().name("dc1").build())
                .send().dataCenter();
        assertThat(dc.name()).isEqualTo("dc1");

        assertThatThrownBy(() -> system().dataCentersService().add()
                .dataCenter(new DataCenterBuilder().name("dc1").build()).send())
                .isInstanceOf(org.ovirt.engine.sdk4.Error.class)
                .hasMessageContaining("Fault reason is \"Operation Failed\"")
                .hasMessageContaining("The name is already in use.")
                .hasMessageContaining("HTTP response code is \"409\"");
        assertGone(() -> system().dataCentersService().dataCenterService(UUID.randomUUID().toString()).get().send());
        assertThat(system().dataCentersService().list().send().dataCenters()).extracting(DataCenter::id)
                .containsExactly(dc.id());
    }
}
