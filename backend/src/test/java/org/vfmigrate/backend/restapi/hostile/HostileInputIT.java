package org.vfmigrate.backend.restapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.restapi.hostile.HostileRequest.Family;
import org.vfmigrate.backend.restapi.security.TokenStore;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.DatabaseSnapshot;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * A storm of generated hostile requests over every endpoint the engine serves (see {@link HostileRequests} for the
 * attacks): each must get the 4xx its attack calls for with a readable fault, and none may write anything, which
 * the whole database is compared for after every request. The audit log included: a refused request is refused
 * by validation, which writes nothing, so not even a failure is audited. Afterwards the engine must still serve.
 * <p>
 * {@code -Dhostile.requests=N} sets the number of requests (default 500), {@code -Dhostile.seed=S} replays a run;
 * the seed is printed either way.
 */
class HostileInputIT extends EngineTestBase {

    /** Rewritten by the engine's heartbeat on its own; only its row count must stay. */
    private static final Set<String> LIVE_TABLES = Set.of("engine_instances");
    private static final int SHOWN_FAILURES = 40;

    @Autowired
    TokenStore tokens;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointTheEngineServesIsAttacked() {
        Set<String> attacked = new TreeSet<>();
        ApiEndpoints.ALL.forEach(e -> attacked.add(e.method() + " " + e.template().replaceAll("\\{[a-z]+}", "{}")));
        attacked.add("POST " + ApiEndpoints.SSO_LOGOUT);
        attacked.add("GET " + ApiEndpoints.SIMULATED_DOMAIN);
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            for (var method : info.getMethodsCondition().getMethods()) {
                served.add(method + " " + pattern.replaceAll("\\{[A-Za-z]+}", "{}").replaceAll("/$", ""));
            }
        }));
        served.removeIf(s -> !s.contains("/ovirt-engine"));

        assertThat(attacked).containsAll(served);
    }

    @Test
    void hostileRequestsAreRefusedWithFaultsAndWriteNothing() throws Exception {
        long seed = Long.getLong("hostile.seed", new Random().nextLong());
        int count = Integer.getInteger("hostile.requests", 500);
        System.out.printf("HostileInputIT: %d requests, seed %d (replay with -Dhostile.seed=%d)%n", count, seed, seed);
        HostileFixture fixture = HostileFixture.build(new ApiClient(port).basic("admin@internal", ADMIN_PASSWORD));
        Credentials credentials = new Credentials(ADMIN_PASSWORD, USER_PASSWORD, bearer("admin@internal", true),
                bearer("user@internal", false), expiredAdminToken());
        HostileRequests storm = new HostileRequests(new Random(seed), fixture.targets(), credentials);
        HostileSender sender = new HostileSender(port);
        Map<String, String> simulationBefore = fixture.simulationSettings();

        List<String> failures = new ArrayList<>();
        Map<String, Integer> byFamily = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        awaitHeartbeatAfterTruncate();
        DatabaseSnapshot before = snapshot();
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            HostileRequest request = storm.next();
            HttpResponse<String> response;
            try {
                response = sender.send(request);
            } catch (IOException e) {
                failures.add(request.describe() + " -> no answer: " + e);
                continue;
            }
            byFamily.merge(request.family().name(), 1, Integer::sum);
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            List<String> problems = new ArrayList<>(FaultCheck.problems(request, response));
            DatabaseSnapshot after = snapshot();
            List<String> writes = after.changesSince(before);
            if (!writes.isEmpty()) {
                problems.add("wrote " + writes);
                before = after;
            }
            if (!problems.isEmpty()) {
                failures.add(request.describe() + " -> " + response.statusCode() + ": " + problems
                        + " body: " + FaultCheck.snippet(response.body()));
            }
        }
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("HostileInputIT: %d requests in %d ms (deck of %d); families %s; statuses %s; %d failed%n",
                count, took.toMillis(), storm.deckSize(), byFamily, byStatus, failures.size());
        failures.stream().limit(SHOWN_FAILURES).forEach(f -> System.out.println("  FAILED " + f));
        if (!failures.isEmpty()) {
            Path all = Path.of("target", "hostile-failures-" + seed + ".txt");
            Files.write(all, failures);
            System.out.println("HostileInputIT: all failures in " + all.toAbsolutePath());
        }

        assertThat(failures).as("hostile requests answered wrongly (seed " + seed + ")").isEmpty();
        assertThat(byFamily.keySet()).as("every family of attack was sent")
                .containsAll(Arrays.stream(Family.values()).map(Enum::name).toList());
        fixture.assertStillServing(simulationBefore);
    }

    @Test
    void ssoLogoutTakesGarbageCalmly() throws Exception {
        long seed = Long.getLong("hostile.seed", new Random().nextLong());
        Random random = new Random(seed);
        String live = bearer("admin@internal", true);
        HttpClient http = HttpClient.newHttpClient();
        awaitHeartbeatAfterTruncate();
        DatabaseSnapshot before = snapshot();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String token = HostileStrings.any(random);
            String form = switch (i % 4) {
                case 0 -> "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
                case 1 -> "";
                case 2 -> "token=" + token.replace("&", "");
                default -> "tokn=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            };
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + ApiEndpoints.SSO_LOGOUT))
                    .header("Content-Type", i % 5 == 0 ? "application/xml" : "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == 200 && response.body().trim().equals("{}")
                    || response.statusCode() >= 400 && response.statusCode() < 500 && response.body().contains("error");
            if (!ok) {
                failures.add(response.statusCode() + " for " + FaultCheck.snippet(form) + ": "
                        + FaultCheck.snippet(response.body()));
            }
        }
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(snapshot().changesSince(before)).isEmpty();
        HttpResponse<String> stillValid = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/ovirt-engine/api")).header("Authorization", "Bearer " + live).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stillValid.statusCode()).as("a live token survives garbage logouts").isEqualTo(200);
    }

    /**
     * The database was emptied before the test, the engine's own row with it; the heartbeat writes it back within
     * {@code VFMIGRATE_HEARTBEAT_MS}. Without this wait a test that sends no fixture first can see that write.
     */
    private void awaitHeartbeatAfterTruncate() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (new JdbcTemplate(TestDatabase.get().dataSource())
                .queryForObject("select count(*) from engine_instances", Long.class) == 0) {
            assertThat(System.nanoTime()).as("the engine's heartbeat row is back").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private DatabaseSnapshot snapshot() {
        return DatabaseSnapshot.take(TestDatabase.get().dataSource(), LIVE_TABLES);
    }

    private String bearer(String user, boolean admin) {
        return tokens.issue(new EngineUser(user, admin)).token();
    }

    private String expiredAdminToken() {
        return tokens.issue(new EngineUser("admin@internal", true), Instant.now().minusSeconds(1)).token();
    }
}
