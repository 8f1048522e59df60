package org.vfmigrate.backend.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.SqlStatementLog;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;

/**
 * The engine's own cost of a failover migration: two simulated hosts with zero latency, so every millisecond is
 * the engine's (commands, PostgreSQL, orchestration, device sync, audit, jobs, metrics). One VM migrates back and
 * forth, started alternately through the command API ({@code Backend.runAction}) and through REST
 * ({@code POST /vms/{id}/migrate}), so both paths are measured side by side under the same conditions. Also: the
 * event → destination plug reaction (the engine's own timer), migrations per second one at a time and with
 * several in flight, and the SQL statements one migration needs, by kind.
 */
final class ZeroLatencyScenario {

    /** How much to run: migrations per path for warm-up, measurement and statement counting; the concurrent run. */
    record Settings(int warmup, int measured, int counted, int concurrentPairs, Duration concurrentFor) {
    }

    private final BenchEngine engine;
    private final ApiClient api;
    private final UUID vm;
    private final UUID[] hosts;
    private int next = 1;

    private ZeroLatencyScenario(BenchEngine engine) {
        this.engine = engine;
        this.api = engine.api();
        hosts = new UUID[] {engine.host("zero-a", 8), engine.host("zero-b", 8)};
        vm = engine.runningVm("zero-vm", engine.failoverVf, hosts[0]);
    }

    static Map<String, Object> run(Settings settings) throws Exception {
        try (BenchEngine engine = new BenchEngine("3600000")) {
            return new ZeroLatencyScenario(engine).measure(settings);
        }
    }

    private Map<String, Object> measure(Settings s) throws Exception {
        for (int i = 0; i < s.warmup(); i++) {
            viaCommand();
            viaRest();
        }
        Samples command = new Samples();
        Samples rest = new Samples();
        long wall = System.nanoTime();
        for (int i = 0; i < s.measured(); i++) {
            command.add(timed(this::viaCommand));
            rest.add(timed(this::viaRest));
        }
        wall = System.nanoTime() - wall;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("warmup_per_path", s.warmup());
        out.put("command", withRate(command));
        out.put("rest", withRate(rest));
        out.put("sequential_per_second", (command.count() + rest.count()) / (wall / 1e9));
        out.put("sql_command", statements(s.counted(), this::viaCommand));
        out.put("sql_rest", statements(s.counted(), this::viaRest));
        out.put("reaction", reaction());
        out.put("concurrent", concurrent(s.concurrentPairs(), s.concurrentFor()));
        return out;
    }

    private static Map<String, Object> withRate(Samples samples) {
        Map<String, Object> m = samples.summary();
        m.put("per_second", samples.count() / (samples.totalNanos() / 1e9));
        return m;
    }

    private static long timed(Runnable migration) {
        long start = System.nanoTime();
        migration.run();
        return System.nanoTime() - start;
    }

    /** One migration started by the command; returns when the engine has finished it. */
    private void viaCommand() {
        UUID target = hosts[next];
        UUID migration = engine.run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, target));
        engine.orchestrator.completion(migration).join();
        arrived(migration, target);
    }

    /** One migration started over HTTP; the migration is looked up by its VM to wait for its end. */
    private void viaRest() {
        UUID target = hosts[next];
        HttpResponse<String> r = api.post(ApiPaths.VMS + "/" + vm + "/migrate",
                "<action><host id=\"" + target + "\"/></action>");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("migrate answered " + r.statusCode() + ": " + r.body());
        }
        UUID migration = engine.jdbc().queryForObject(
                "select id from migrations where vm_id = ? order by started_at desc limit 1", UUID.class, vm);
        engine.orchestrator.completion(migration).join();
        arrived(migration, target);
    }

    /** Every measured migration must have succeeded, or its time means nothing. */
    private void arrived(UUID migration, UUID target) {
        String phase = engine.jdbc().queryForObject("select phase from migrations where id = ?", String.class,
                migration);
        if (!"DONE".equals(phase)) {
            throw new IllegalStateException("migration " + migration + " ended " + phase);
        }
        next = target.equals(hosts[0]) ? 1 : 0;
    }

    /**
     * The statements of {@code count} migrations, each recorded from its start until its after-effects (device
     * events the monitor reacts to) had time to settle; the periodic jobs' threads are left out.
     */
    private static Map<String, Object> statements(int count, Runnable migration) throws InterruptedException {
        List<Integer> perMigration = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SqlStatementLog.start();
            migration.run();
            Thread.sleep(200);
            List<String> recorded = SqlStatementLog.stopWithThreads().stream()
                    .filter(st -> !st.thread().startsWith("scheduling-"))
                    .map(SqlStatementLog.Statement::sql).toList();
            perMigration.add(recorded.size());
            all.addAll(recorded);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("migrations", count);
        m.put("per_migration_median", Samples.median(perMigration));
        m.put("per_migration_min", perMigration.stream().mapToInt(Integer::intValue).min().orElse(0));
        m.put("per_migration_max", perMigration.stream().mapToInt(Integer::intValue).max().orElse(0));
        Map<String, Double> byKind = new LinkedHashMap<>();
        StatementKinds.count(all).forEach((kind, n) -> byKind.put(kind, n / (double) count));
        m.put("by_kind", byKind);
        return m;
    }

    private Map<String, Object> reaction() {
        MeterRegistry registry = engine.context.getBean(MeterRegistry.class);
        Timer timer = registry.find("vfmigrate.migration.reaction").tag("mode", "engine_managed").timer();
        return reactionSummary(timer);
    }

    /** count, p50, p99 and max of the engine's reaction timer, over the engine's whole life. */
    static Map<String, Object> reactionSummary(Timer timer) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (timer == null) {
            m.put("count", 0);
            return m;
        }
        HistogramSnapshot snapshot = timer.takeSnapshot();
        m.put("count", snapshot.count());
        for (ValueAtPercentile p : snapshot.percentileValues()) {
            m.put(String.format(java.util.Locale.ROOT, "p%.0f_ms", p.percentile() * 100), p.value(TimeUnit.MILLISECONDS));
        }
        m.put("max_ms", timer.max(TimeUnit.MILLISECONDS));
        return m;
    }

    /** Several VMs, two per source host (the parallel limit), migrating back and forth at once for a while. */
    private Map<String, Object> concurrent(int pairs, Duration duration) throws Exception {
        List<UUID[]> vms = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            UUID a = engine.host("par-a" + p, 8);
            UUID b = engine.host("par-b" + p, 8);
            for (int i = 0; i < 2; i++) {
                vms.add(new UUID[] {engine.runningVm("par-" + p + "-" + i, engine.failoverVf, a), a, b});
            }
        }
        int doneBefore = doneMigrations();
        ExecutorService pool = Executors.newFixedThreadPool(vms.size());
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<Integer>> loops = new ArrayList<>();
        for (UUID[] v : vms) {
            loops.add(pool.submit(() -> {
                int n = 0;
                for (UUID target = v[2]; System.nanoTime() < deadline; target = target.equals(v[1]) ? v[2] : v[1]) {
                    UUID migration = engine.run(ActionType.MIGRATE_VM, new MigrateVmParameters(v[0], target));
                    engine.orchestrator.completion(migration).join();
                    n++;
                }
                return n;
            }));
        }
        int started = 0;
        for (Future<Integer> loop : loops) {
            started += loop.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int done = doneMigrations() - doneBefore;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_flight", vms.size());
        m.put("seconds", seconds);
        m.put("started", started);
        m.put("done", done);
        m.put("per_second", done / seconds);
        return m;
    }

    private int doneMigrations() {
        return engine.jdbc().queryForObject("select count(*) from migrations where phase = 'DONE'", Integer.class);
    }
}
