package org.vfmigrate.backend.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.process.EngineProcess;

/**
 * Kills an engine process (SIGKILL) and records where each kill landed: in which phase of the engine's life (under
 * the administrator's churn, or during a start-up: before the API opened, while it recovered, once ready) and what
 * the database shows in flight right after it — unfinished migrations by phase, hosts preparing for maintenance —
 * read from the PostgreSQL the kill left running.
 */
final class KillPoints {

    private final Map<String, Integer> byPhase = new TreeMap<>();
    private final Map<String, Integer> migrationsCut = new TreeMap<>();
    private final List<Long> restartMillis = new ArrayList<>();
    private int withMigrationInFlight;
    private int withHostPreparing;
    private int beforeDatabase;
    private int total;

    /** Kills the engine, which is under the churn, and records it. */
    void killUnderChurn(EngineProcess engine) {
        kill(engine, "under churn");
    }

    /** Kills the engine somewhere in its start-up (or just after), naming how far it got. */
    void killDuringStartUp(EngineProcess engine) {
        kill(engine, "start-up, " + startUpStage(engine));
    }

    /** Starts the engine again and records how long it took to be ready. */
    void restart(EngineProcess engine) {
        long start = System.nanoTime();
        engine.start();
        restartMillis.add((System.nanoTime() - start) / 1_000_000);
    }

    int total() {
        return total;
    }

    Map<String, Integer> byPhase() {
        return byPhase;
    }

    Map<String, Integer> migrationsCut() {
        return migrationsCut;
    }

    int withMigrationInFlight() {
        return withMigrationInFlight;
    }

    int withHostPreparing() {
        return withHostPreparing;
    }

    /** Kills that came before the engine had its database up. */
    int beforeDatabase() {
        return beforeDatabase;
    }

    /** {@code min / median / max} of the restarts, in seconds. */
    String restartSeconds() {
        if (restartMillis.isEmpty()) {
            return "none";
        }
        List<Long> sorted = restartMillis.stream().sorted().toList();
        return String.format("%.1f / %.1f / %.1f s", sorted.get(0) / 1e3, sorted.get(sorted.size() / 2) / 1e3,
                sorted.get(sorted.size() - 1) / 1e3);
    }

    private void kill(EngineProcess engine, String phase) {
        engine.kill();
        total++;
        byPhase.merge(phase, 1, Integer::sum);
        try (ProcessDatabase db = new ProcessDatabase(engine.databaseUrl())) {
            Map<String, Integer> inFlight = db.counts("""
                    select lower(phase), count(*) from migrations where phase not in ('DONE', 'UNDONE') group by phase""");
            inFlight.forEach((p, n) -> migrationsCut.merge(p, n, Integer::sum));
            withMigrationInFlight += inFlight.isEmpty() ? 0 : 1;
            withHostPreparing += db.count("select count(*) from hosts where status = 'PREPARING_FOR_MAINTENANCE'") > 0
                    ? 1 : 0;
        } catch (RuntimeException e) {
            beforeDatabase++; // killed before its PostgreSQL was up: nothing to read
        }
    }

    private static String startUpStage(EngineProcess engine) {
        try {
            HttpResponse<String> r = engine.api().get(EngineApi.ROOT);
            return r.statusCode() == 200 ? "ready" : r.statusCode() == 503 ? "recovering (503)" : "answer " + r.statusCode();
        } catch (AssertionError e) {
            return "API not open yet";
        }
    }
}
