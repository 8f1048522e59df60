package org.vfmigrate.backend.bench;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vfmigrate.backend.monitoring.DeviceMonitor;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.SqlStatementLog;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * A large installation: many simulated hosts and thousands of running VMs with a failover NIC each
 * ({@link ScaleDatabase}). Measures the list endpoints a client polls (vNIC profiles, VMs, hosts, one host's
 * devices) over real HTTP in XML, with the SQL statements each request needs; one device-monitoring round over
 * every VM; and the start-up of the engine jar on that database against its start-up on an empty one.
 */
final class ScaleScenario {

    /** Scale, request counts per endpoint, start-ups per database, and the engine jar to start. */
    record Settings(int hosts, int vfsPerHost, int vms, int warmup, int requests, int startups, Path engineJar) {
    }

    private ScaleScenario() {
    }

    static Map<String, Object> run(Settings s) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hosts", s.hosts());
        out.put("vfs_per_host", s.vfsPerHost());
        out.put("vms", s.vms());
        try (BenchEngine engine = new BenchEngine("3600000")) {
            ScaleDatabase db = new ScaleDatabase(engine);
            long t = System.nanoTime();
            List<UUID> hosts = db.addHosts(s.hosts(), s.vfsPerHost());
            out.put("hosts_added_s", (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            db.addVms(s.vms());
            out.put("vms_added_s", (System.nanoTime() - t) / 1e9);
            out.put("api", lists(engine, hosts, s));
            engine.stop();
            out.put("monitor", monitorRound());
            startups(s, out);
        }
        return out;
    }

    /**
     * One device-monitoring round over every running VM (what the engine does every 15 s by default): the engine is
     * restarted in this JVM so that the simulated hosts get the VMs back, then {@code DeviceMonitor.refreshAll} is
     * timed and its statements counted.
     */
    private static Map<String, Object> monitorRound() throws Exception {
        BenchEngine engine = BenchEngine.onExistingData();
        try {
            DeviceMonitor monitor = engine.context.getBean(DeviceMonitor.class);
            SqlStatementLog.start();
            long start = System.nanoTime();
            monitor.refreshAll();
            double seconds = (System.nanoTime() - start) / 1e9;
            List<String> statements = SqlStatementLog.stopWithThreads().stream()
                    .filter(st -> !st.thread().startsWith("scheduling-")).map(SqlStatementLog.Statement::sql).toList();
            int vms = engine.jdbc().queryForObject("select count(*) from vms where run_on_host_id is not null",
                    Integer.class);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vms", vms);
            m.put("seconds", seconds);
            m.put("sql_statements", statements.size());
            m.put("sql_by_kind", StatementKinds.count(statements));
            return m;
        } finally {
            engine.stop();
        }
    }

    /** Start-ups of the engine jar on an empty database and on the full one, in turn, {@code s.startups()} each. */
    private static void startups(Settings s, Map<String, Object> out) throws Exception {
        try (EmptyDatabase empty = EmptyDatabase.create()) {
            List<EngineStartup.Timing> onEmpty = new ArrayList<>();
            List<EngineStartup.Timing> onFull = new ArrayList<>();
            for (int i = 0; i < s.startups(); i++) {
                onEmpty.add(EngineStartup.measure(s.engineJar(), empty.jdbcUrl()));
                onFull.add(EngineStartup.measure(s.engineJar(), TestDatabase.get().jdbcUrl()));
            }
            out.put("startup_empty", summary(onEmpty));
            out.put("startup", summary(onFull));
        }
    }

    private static Map<String, Object> summary(List<EngineStartup.Timing> timings) {
        Samples ready = new Samples();
        Samples reported = new Samples();
        Samples cpu = new Samples();
        Samples firstList = new Samples();
        Samples restore = new Samples();
        for (EngineStartup.Timing t : timings) {
            ready.add((long) (t.readyMs() * 1e6));
            reported.add((long) (t.reportedUptimeMs() * 1e6));
            cpu.add((long) (t.cpuToReadyMs() * 1e6));
            firstList.add((long) (t.firstListMs() * 1e6));
            restore.add((long) (t.restoreMs() * 1e6));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", timings.size());
        m.put("ready_median_ms", ready.percentileMs(50));
        m.put("reported_uptime_median_ms", reported.percentileMs(50));
        m.put("cpu_to_ready_median_ms", cpu.percentileMs(50));
        m.put("first_vms_list_median_ms", firstList.percentileMs(50));
        m.put("restore_median_ms", restore.percentileMs(50));
        m.put("ready_max_ms", ready.percentileMs(100));
        return m;
    }

    /** The endpoints in turn, {@code requests} rounds after {@code warmup} rounds; one host's devices per round. */
    private static List<Map<String, Object>> lists(BenchEngine engine, List<UUID> hosts, Settings s)
            throws InterruptedException {
        ApiClient api = engine.api();
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("/vnicprofiles", ApiPaths.VNIC_PROFILES);
        endpoints.put("/vms", ApiPaths.VMS);
        endpoints.put("/hosts", ApiPaths.HOSTS);
        endpoints.put("/hosts/{id}/devices", ApiPaths.HOSTS + "/%s/devices");
        Map<String, Samples> samples = new LinkedHashMap<>();
        endpoints.keySet().forEach(k -> samples.put(k, new Samples()));
        for (int round = 0; round < s.warmup() + s.requests(); round++) {
            UUID host = hosts.get(round % hosts.size());
            for (var e : endpoints.entrySet()) {
                long start = System.nanoTime();
                HttpResponse<String> r = api.get(e.getValue().formatted(host));
                long took = System.nanoTime() - start;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("GET " + e.getKey() + " answered " + r.statusCode());
                }
                if (round >= s.warmup()) {
                    samples.get(e.getKey()).add(took);
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (var e : endpoints.entrySet()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("endpoint", "GET " + e.getKey());
            m.putAll(samples.get(e.getKey()).summary());
            SqlStatementLog.start();
            HttpResponse<String> r = api.get(e.getValue().formatted(hosts.get(0)));
            Thread.sleep(50);
            List<String> statements = SqlStatementLog.stopWithThreads().stream()
                    .filter(st -> !st.thread().startsWith("scheduling-")).map(SqlStatementLog.Statement::sql).toList();
            m.put("items", items(e.getKey(), r.body()));
            m.put("bytes", r.body().length());
            m.put("sql_statements", statements.size());
            m.put("sql_by_kind", StatementKinds.count(statements));
            out.add(m);
        }
        return out;
    }

    private static int items(String endpoint, String body) {
        Xml xml = Xml.parse(body);
        return switch (endpoint) {
            case "/vnicprofiles" -> xml.count("/vnic_profiles/vnic_profile");
            case "/vms" -> xml.count("/vms/vm");
            case "/hosts" -> xml.count("/hosts/host");
            default -> xml.count("/host_devices/host_device");
        };
    }
}
