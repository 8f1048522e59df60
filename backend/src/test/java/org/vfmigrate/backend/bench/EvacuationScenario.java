package org.vfmigrate.backend.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * Maintenance of several hosts at once: each source host runs {@code vmsPerHost} VMs (60 % with a failover VF
 * NIC, the rest virtio) and is put into maintenance; the engine evacuates them to as many empty hosts within the
 * parallel-migration limit of 2 per host. The makespan (first migration start to last migration end) is compared
 * with the lower bound the limit sets: the busiest source host's total migration time divided by 2. Guest unplug
 * ack 500 ms, 4 GiB/s, 100 ms downtime. Each repetition runs on a fresh engine; the report takes the median ratio.
 */
final class EvacuationScenario {

    private static final SimSettings LATENCIES = new SimSettings(null, 500L, 4096L, 100L, null);

    private EvacuationScenario() {
    }

    static Map<String, Object> run(int sourceHosts, int vmsPerHost, int repetitions) throws Exception {
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int r = 0; r < repetitions; r++) {
            try (BenchEngine engine = new BenchEngine("1000")) {
                runs.add(once(engine, sourceHosts, vmsPerHost));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source_hosts", sourceHosts);
        out.put("vms_per_host", vmsPerHost);
        out.put("failover_share", 0.6);
        out.put("runs", runs);
        out.put("median_ratio", Samples.median(runs.stream().map(m -> (Double) m.get("ratio")).toList()));
        out.put("median_makespan_s", Samples.median(runs.stream().map(m -> (Double) m.get("makespan_s")).toList()));
        out.put("median_lower_bound_s", Samples.median(runs.stream().map(m -> (Double) m.get("lower_bound_s")).toList()));
        return out;
    }

    private static Map<String, Object> once(BenchEngine engine, int sourceHosts, int vmsPerHost) throws Exception {
        List<UUID> sources = new ArrayList<>();
        for (int h = 0; h < sourceHosts; h++) {
            engine.configure(engine.host("dst" + h, 32), LATENCIES);
        }
        for (int h = 0; h < sourceHosts; h++) {
            UUID source = engine.host("src" + h, 32);
            engine.configure(source, LATENCIES);
            for (int i = 0; i < vmsPerHost; i++) {
                engine.runningVm("e" + h + "-" + i, i < vmsPerHost * 3 / 5 ? engine.failoverVf : engine.mgmt, source);
            }
            sources.add(source);
        }
        for (UUID source : sources) {
            engine.run(ActionType.DEACTIVATE_HOST, new HostIdParameters(source));
        }
        JdbcTemplate jdbc = engine.jdbc();
        while (jdbc.queryForObject("select count(*) from hosts where status = 'PREPARING_FOR_MAINTENANCE'",
                Integer.class) > 0) {
            Thread.sleep(200);
        }
        Map<String, Object> span = jdbc.queryForMap("select min(started_at) s, max(finished_at) f, count(*) n, "
                + "count(*) filter (where phase = 'DONE') done from migrations");
        Duration makespan = Duration.between(((Timestamp) span.get("s")).toInstant(),
                ((Timestamp) span.get("f")).toInstant());
        Map<UUID, Double> busy = new HashMap<>();
        jdbc.query("select source_host_id, extract(epoch from (finished_at - started_at)) * 1000 d from migrations",
                rs -> {
                    busy.merge(UUID.fromString(rs.getString(1)), rs.getDouble(2), Double::sum);
                });
        double lowerBoundMs = busy.values().stream().mapToDouble(v -> v / 2).max().orElse(0);
        int left = jdbc.queryForObject("select count(*) from vms where run_on_host_id in (select id from hosts "
                + "where status = 'MAINTENANCE')", Integer.class);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("migrations", ((Number) span.get("n")).intValue());
        m.put("done", ((Number) span.get("done")).intValue());
        m.put("vms_left_on_sources", left);
        m.put("makespan_s", makespan.toMillis() / 1000.0);
        m.put("lower_bound_s", lowerBoundMs / 1000.0);
        m.put("ratio", makespan.toMillis() / Math.max(1.0, lowerBoundMs));
        return m;
    }
}
