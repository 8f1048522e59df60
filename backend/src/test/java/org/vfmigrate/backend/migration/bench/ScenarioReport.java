package org.vfmigrate.backend.migration.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.dal.testing.TestDatabase;
import org.vfmigrate.vdsbroker.host.sim.DataPathTimeline;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * Whole-flow figures on simulated hosts with realistic latencies, printed as Markdown for docs/benchmarks.md:
 * failover vs legacy passthrough NICs and engine- vs hypervisor-managed mode side by side (outage and degraded
 * window from the simulator's data path, phase timings from the engine), the event → destination plug reaction,
 * and the makespan of evacuating several hosts with a parallel limit of 2 against its lower bound.
 */
public final class ScenarioReport {

    private static final SimSettings REALISTIC = SimSettings.realistic();

    private ScenarioReport() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int sourceHosts = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int vmsPerHost = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        try (BenchEngine engine = new BenchEngine("1000")) {
            sideBySide(engine, runs);
            reaction(engine);
        }
        try (BenchEngine engine = new BenchEngine("1000")) {
            evacuation(engine, sourceHosts, vmsPerHost);
        }
        System.exit(0);
    }

    private static void sideBySide(BenchEngine engine, int runs) {
        System.out.println("| mode | NIC | unplug ms | migration ms | downtime ms | without VF ms | outage ms (engine) | "
                + "no path ms (guest data path) | virtio only ms (guest data path) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        UUID a = engine.host("side-a", 32);
        UUID b = engine.host("side-b", 32);
        configure(engine, a, REALISTIC);
        configure(engine, b, REALISTIC);
        for (MigrationMode mode : MigrationMode.values()) {
            setMode(engine, mode);
            for (boolean failover : new boolean[] {true, false}) {
                List<long[]> samples = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    String name = "side-" + UUID.randomUUID().toString().substring(0, 6);
                    UUID vm = engine.runningVm(name, failover ? engine.failoverVf : engine.legacyVf, a);
                    long from = engine.drivers.simulation().scheduler().nowMillis();
                    UUID migration = engine.run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, b));
                    engine.orchestrator.completion(migration).join();
                    DataPathTimeline t = engine.drivers.simulation().timeline(name);
                    long to = engine.drivers.simulation().scheduler().nowMillis();
                    samples.add(row(migration, t.outage(from, to).toMillis(), t.degraded(from, to).toMillis()));
                    engine.run(ActionType.STOP_VM, org.vfmigrate.common.action.VmIdParameters.of(vm));
                }
                long[] m = median(samples);
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %d |%n",
                        mode.name().toLowerCase(Locale.ROOT), failover ? "failover" : "legacy (no failover)",
                        m[0], m[1], m[2], m[3], m[4], m[5], m[6]);
            }
        }
        System.out.println();
    }

    private static long[] row(UUID migration, long noPath, long virtioOnly) {
        Map<String, Object> r = jdbc().queryForMap("select unplug_ms, migration_ms, downtime_ms, degraded_ms, outage_ms "
                + "from migrations where id = ?", migration);
        return new long[] {num(r.get("unplug_ms")), num(r.get("migration_ms")), num(r.get("downtime_ms")),
                num(r.get("degraded_ms")), num(r.get("outage_ms")), noPath, virtioOnly};
    }

    private static void reaction(BenchEngine engine) {
        MeterRegistry registry = engine.context.getBean(MeterRegistry.class);
        for (Timer t : registry.find("vfmigrate.migration.reaction").timers()) {
            StringBuilder line = new StringBuilder("event -> destination plug request (" + t.getId().getTag("mode")
                    + ", " + t.count() + " migrations):");
            for (ValueAtPercentile p : t.takeSnapshot().percentileValues()) {
                line.append(String.format(Locale.ROOT, " p%.0f %.3f ms", p.percentile() * 100,
                        p.value(java.util.concurrent.TimeUnit.MILLISECONDS)));
            }
            line.append(String.format(Locale.ROOT, ", max %.3f ms", t.max(java.util.concurrent.TimeUnit.MILLISECONDS)));
            System.out.println(line);
        }
        System.out.println();
    }

    private static void evacuation(BenchEngine engine, int sourceHosts, int vmsPerHost) throws Exception {
        SimSettings quick = new SimSettings(null, 500L, 4096L, 100L, null);
        List<UUID> sources = new ArrayList<>();
        for (int h = 0; h < sourceHosts; h++) {
            UUID destination = engine.host("dst" + h, 32);
            configure(engine, destination, quick);
        }
        for (int h = 0; h < sourceHosts; h++) {
            UUID source = engine.host("src" + h, 32);
            configure(engine, source, quick);
            for (int i = 0; i < vmsPerHost; i++) {
                engine.runningVm("e" + h + "-" + i, i < vmsPerHost * 3 / 5 ? engine.failoverVf : engine.mgmt, source);
            }
            sources.add(source);
        }
        Instant start = Instant.now();
        for (UUID source : sources) {
            engine.run(ActionType.DEACTIVATE_HOST, new HostIdParameters(source));
        }
        JdbcTemplate jdbc = jdbc();
        while (jdbc.queryForObject("select count(*) from hosts where status = 'PREPARING_FOR_MAINTENANCE'", Integer.class) > 0) {
            Thread.sleep(200);
        }
        Map<String, Object> span = jdbc.queryForMap("select min(started_at) s, max(finished_at) f, count(*) n "
                + "from migrations");
        Duration makespan = Duration.between(((java.sql.Timestamp) span.get("s")).toInstant(),
                ((java.sql.Timestamp) span.get("f")).toInstant());
        Map<UUID, Long> busy = new HashMap<>();
        jdbc.query("select source_host_id, extract(epoch from (finished_at - started_at)) * 1000 d from migrations",
                rs -> {
                    busy.merge(UUID.fromString(rs.getString(1)), (long) rs.getDouble(2), Long::sum);
                });
        long lowerBound = busy.values().stream().mapToLong(v -> v / 2).max().orElse(0);
        System.out.printf(Locale.ROOT, "evacuation: %d hosts x %d VMs (%d migrations, %d%% with a failover VF), limit 2 "
                        + "per host: makespan %.1f s, lower bound %.1f s (busiest host's migration time / 2), ratio %.3f; "
                        + "wall clock from the first deactivate %.1f s%n",
                sourceHosts, vmsPerHost, num(span.get("n")), 60, makespan.toMillis() / 1000.0, lowerBound / 1000.0,
                makespan.toMillis() / (double) Math.max(1, lowerBound),
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private static void configure(BenchEngine engine, UUID host, SimSettings settings) {
        String address = jdbc().queryForObject("select address from hosts where id = ?", String.class, host);
        engine.drivers.simulated(address).orElseThrow().configure(settings);
    }

    private static void setMode(BenchEngine engine, MigrationMode mode) {
        jdbc().update("update clusters set migration_mode = ?", mode.name());
    }

    private static long[] median(List<long[]> samples) {
        long[] out = new long[samples.get(0).length];
        for (int c = 0; c < out.length; c++) {
            final int col = c;
            List<Long> values = samples.stream().map(s -> s[col]).sorted().toList();
            out[c] = values.get(values.size() / 2);
        }
        return out;
    }

    private static long num(Object o) {
        return o == null ? -1 : ((Number) o).longValue();
    }

    private static JdbcTemplate jdbc() {
        return new JdbcTemplate(TestDatabase.get().dataSource());
    }
}
