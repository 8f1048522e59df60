package org.vfmigrate.backend.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.vdsbroker.host.sim.DataPathTimeline;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * Whole migrations on simulated hosts with the published latencies ({@link SimSettings#realistic()}: the guest
 * acknowledges a VF unplug after 2 s, 1 GiB/s for a 1 GiB VM, 300 ms stop-and-copy): failover vs legacy
 * passthrough NICs and engine- vs hypervisor-managed mode, all four taken in turn within each round so that they
 * are compared side by side. "No path" and "virtio only" come from the simulated guest's data path over the whole
 * migration; the other columns are what the engine records. Each cell is the median over the rounds. Also the
 * engine's event → destination plug reaction timer per mode.
 */
final class RealisticScenario {

    private static final String[] COLUMNS = {"unplug_ms", "migration_ms", "downtime_ms", "without_vf_ms",
            "outage_engine_ms", "no_path_ms", "virtio_only_ms"};

    private RealisticScenario() {
    }

    static Map<String, Object> run(int rounds) throws Exception {
        try (BenchEngine engine = new BenchEngine("3600000")) {
            UUID a = engine.host("side-a", 32);
            UUID b = engine.host("side-b", 32);
            engine.configure(a, SimSettings.realistic());
            engine.configure(b, SimSettings.realistic());
            Map<String, List<long[]>> samples = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (MigrationMode mode : MigrationMode.values()) {
                    engine.jdbc().update("update clusters set migration_mode = ?", mode.name());
                    for (boolean failover : new boolean[] {true, false}) {
                        samples.computeIfAbsent(key(mode, failover), k -> new ArrayList<>())
                                .add(migrateOnce(engine, failover, a, b));
                    }
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            samples.forEach((key, list) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("mode", key.split("/")[0]);
                row.put("nic", key.split("/")[1]);
                row.put("rounds", list.size());
                for (int c = 0; c < COLUMNS.length; c++) {
                    final int col = c;
                    row.put(COLUMNS[c], (long) Samples.median(list.stream().map(s -> s[col]).toList()));
                }
                rows.add(row);
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rows", rows);
            Map<String, Object> reaction = new LinkedHashMap<>();
            MeterRegistry registry = engine.context.getBean(MeterRegistry.class);
            for (MigrationMode mode : MigrationMode.values()) {
                String tag = mode.name().toLowerCase(Locale.ROOT);
                Timer t = registry.find("vfmigrate.migration.reaction").tag("mode", tag).timer();
                reaction.put(tag, ZeroLatencyScenario.reactionSummary(t));
            }
            out.put("reaction", reaction);
            return out;
        }
    }

    private static String key(MigrationMode mode, boolean failover) {
        return mode.name().toLowerCase(Locale.ROOT) + "/" + (failover ? "failover" : "legacy");
    }

    private static long[] migrateOnce(BenchEngine engine, boolean failover, UUID from, UUID to) {
        String name = "side-" + UUID.randomUUID().toString().substring(0, 6);
        UUID vm = engine.runningVm(name, failover ? engine.failoverVf : engine.legacyVf, from);
        long start = engine.drivers.simulation().scheduler().nowMillis();
        UUID migration = engine.run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, to));
        engine.orchestrator.completion(migration).join();
        long end = engine.drivers.simulation().scheduler().nowMillis();
        DataPathTimeline t = engine.drivers.simulation().timeline(name);
        Map<String, Object> r = engine.jdbc().queryForMap("select phase, unplug_ms, migration_ms, downtime_ms, "
                + "degraded_ms, outage_ms from migrations where id = ?", migration);
        if (!"DONE".equals(r.get("phase"))) {
            throw new IllegalStateException("migration of " + name + " ended " + r.get("phase"));
        }
        engine.run(ActionType.STOP_VM, VmIdParameters.of(vm));
        return new long[] {num(r.get("unplug_ms")), num(r.get("migration_ms")), num(r.get("downtime_ms")),
                num(r.get("degraded_ms")), num(r.get("outage_ms")), t.outage(start, end).toMillis(),
                t.degraded(start, end).toMillis()};
    }

    private static long num(Object o) {
        return o == null ? -1 : ((Number) o).longValue();
    }
}
