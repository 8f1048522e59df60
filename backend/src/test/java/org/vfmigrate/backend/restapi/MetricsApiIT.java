package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.testing.ApiClient;

/**
 * {@code /ovirt-engine/api/metrics}: the Prometheus scrape behind the API's authentication, with the migration
 * meters after one migration. The engine's meters are removed before each test (the engine and its registry live
 * as long as the test JVM), so the counts below are this test's alone.
 */
class MetricsApiIT extends RunningVmApiTestBase {

    static final String METRICS = API + "/metrics";
    static final Pattern DONE = Pattern.compile(
            "^vfmigrate_migration_outcome_total\\{[^}]*outcome=\"done\"[^}]*\\} (\\S+)$", Pattern.MULTILINE);

    @Autowired
    MeterRegistry registry;

    @BeforeEach
    void forgetEarlierMigrations() {
        registry.getMeters().stream().filter(m -> m.getId().getName().startsWith("vfmigrate."))
                .forEach(registry::remove);
    }

    @Test
    void oneMigrationIsCountedDoneWithItsPhaseTimings() {
        f.host("h1", 2);
        String vm = addVm("metrics-vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);
        UUID h2 = f.host("h2", 2);

        HttpResponse<String> r = api.post(VMS + "/" + vm + "/migrate", "<action><host id=\"" + h2 + "\"/></action>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String text = waitForDone(readOnly.accept("text/plain"));

        assertThat(text).containsPattern(
                "(?m)^vfmigrate_migration_outcome_total\\{cause=\"none\",mode=\"engine_managed\",outcome=\"done\"\\} 1.0$");
        assertThat(text).doesNotContain("outcome=\"undone\"");
        for (String phase : new String[] {"unplug", "migration", "plug"}) {
            assertThat(text).contains("vfmigrate_migration_phase_seconds_count{mode=\"engine_managed\",phase=\"" + phase
                    + "\"} 1");
        }
        assertThat(text).contains("vfmigrate_migration_degraded_seconds_count{mode=\"engine_managed\"} 1")
                .contains("vfmigrate_migration_downtime_seconds_count{mode=\"engine_managed\"} 1")
                .contains("vfmigrate_migration_outage_seconds_sum{mode=\"engine_managed\"} 0.0")
                .contains("vfmigrate_migration_replug_failures_total{host=\"destination\",mode=\"engine_managed\"} 0.0");
    }

    @Test
    void metricsNeedCredentialsAndNoOtherActuatorEndpointIsExposed() {
        ApiClient anonymous = new ApiClient(port).accept("text/plain");

        assertThat(anonymous.get(METRICS).statusCode()).isEqualTo(401);
        assertThat(api.accept("text/plain").get(METRICS).statusCode()).isEqualTo(200);
        api.xml();
        for (String other : new String[] {API + "/health", API + "/env", API + "/beans", "/actuator",
                "/actuator/health", "/actuator/prometheus"}) {
            assertThat(api.get(other).statusCode()).as(other).isEqualTo(404);
        }
    }

    @Test
    void xmlAskedOfTheMetricsIs406WithAnXmlFaultNamingWhatTheyAnswer() {
        HttpResponse<String> r = api.xml().get(METRICS);

        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/xml"));
        assertThat(fault(r, 406)).startsWith("This resource answers only ").contains("text/plain")
                .endsWith("which the request does not accept (Accept: application/xml).");
    }

    /** Scrapes until the done migration shows; returns the scrape. */
    private String waitForDone(ApiClient client) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = client.get(METRICS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Matcher m = DONE.matcher(r.body());
            if (m.find()) {
                return r.body();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the migration was never counted");
    }
}
