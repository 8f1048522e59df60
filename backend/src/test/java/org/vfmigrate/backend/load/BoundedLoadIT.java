package org.vfmigrate.backend.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.EngineTestBase;

/**
 * Concurrent clients against the engine for a fixed time ({@link LoadRun}): every answer is the expected 2xx or one
 * of the documented conflicts of a client racing its own migration, and afterwards every VM, NIC and VF is as the
 * clients left them. {@code -Dload.clients}, {@code -Dload.seconds}, {@code -Dload.seed} and {@code -Dload.report}
 * scale and record the run (defaults: 8 clients, 10 s).
 */
class BoundedLoadIT extends EngineTestBase {

    @Test
    void concurrentClientsGetNoErrorsAndLeaveConsistentState() throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties("http://127.0.0.1:" + port, "admin@internal",
                ADMIN_PASSWORD);

        LoadReport report = LoadRun.run(settings, System.out);

        assertThat(report.errorSamples()).as("errors (seed " + settings.seed() + ")").isEmpty();
        assertThat(report.errors()).isZero();
        assertThat(report.requests()).as("requests served").isGreaterThan(settings.clients() * 10L);
        assertThat(report.percentileMs("POST migrate", 50)).as("migrations were requested").isPositive();
        assertThat(report.percentileMs("POST nic deactivate", 50)).as("NICs were unplugged").isPositive();
    }
}
