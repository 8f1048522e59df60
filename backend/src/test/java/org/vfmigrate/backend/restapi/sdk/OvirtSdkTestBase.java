package org.vfmigrate.backend.restapi.sdk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.ovirt.engine.sdk4.Connection;
import org.ovirt.engine.sdk4.ConnectionBuilder;
import org.ovirt.engine.sdk4.services.SystemService;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.EngineTestBase;

/**
 * The official oVirt Java SDK ({@code org.ovirt.engine.api:sdk}) against the whole engine over real HTTP, as an
 * oVirt client would use it: a connection to {@code /ovirt-engine/api} as {@code admin@internal}, which logs in
 * at the SSO token endpoint and logs out at {@code /ovirt-engine/services/sso-logout} when closed. What the SDK
 * cannot express (the failover link and the bridge name, newer than or beyond its model) goes through
 * {@link #raw}, a plain HTTP client.
 */
abstract class OvirtSdkTestBase extends EngineTestBase {

    static final String API = "/ovirt-engine/api";

    Connection connection;
    ApiClient raw;

    @BeforeEach
    void connect() {
        connection = connect(ADMIN_PASSWORD);
        raw = new ApiClient(port).basic("admin@internal", ADMIN_PASSWORD);
    }

    @AfterEach
    void close() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }

    Connection connect(String password) {
        return ConnectionBuilder.connection()
                .url("http://127.0.0.1:" + port + API)
                .user("admin@internal")
                .password(password)
                .insecure(true)
                .build();
    }

    SystemService system() {
        return connection.systemService();
    }

    /** The SDK's request fails as oVirt reports an object that does not exist: a fault with status 404. */
    static void assertGone(ThrowingCallable request) {
        assertThatThrownBy(request).isInstanceOf(org.ovirt.engine.sdk4.Error.class)
                .hasMessageContaining("HTTP response code is \"404\"");
    }

    /** Polls until the condition holds; the engine runs migrations and plugs after answering. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never happened: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
