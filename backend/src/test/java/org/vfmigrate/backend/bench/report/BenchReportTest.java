package org.vfmigrate.backend.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report says what the figures say: each goal is judged from the run's numbers (met on one side of the
 * bound, not met on the other), and a run that lacks a part produces no page at all.
 */
class BenchReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Machine MACHINE = new Machine(2, "Test CPU", 24.0, "Debian GNU/Linux 12", "Linux 6.1",
            "OpenJDK 64-Bit Server VM 17");
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void goalsAreJudgedFromTheRunsFigures() throws IOException {
        String page = render(jmh(36.7, 45.0), scenario(38.1, 12.0, 0.07, 1.068, 1, 9.0));

        assertThat(line(page, "domain XML build")).contains("36.7 µs").contains("**met**");
        assertThat(line(page, "scheduling one VM")).contains("0.045 ms").contains("**met**");
        assertThat(line(page, "engine overhead per failover migration, command API")).contains("p50 38.1 ms")
                .contains("**not met**");
        assertThat(line(page, "event → destination plug request p99")).contains("0.070 ms").contains("**met**");
        assertThat(line(page, "evacuation makespan")).contains("+6.8 %").contains("**not met**");
        assertThat(line(page, "constant number of SQL statements")).contains("**met**");
        assertThat(line(page, "monitoring round")).contains("9.00 s").contains("**met**");
        assertThat(page).contains("at commit `abc1234`").contains("2 cores (Test CPU), 24.0 GiB RAM");
    }

    @Test
    void theOtherSideOfEachBoundIsNotMet() throws IOException {
        String page = render(jmh(51.0, 6_000.0), scenario(4.0, 15.0, 6.0, 1.04, 12, 16.0));

        assertThat(line(page, "domain XML build")).contains("**not met**");
        assertThat(line(page, "scheduling one VM")).contains("**not met**");
        assertThat(line(page, "engine overhead per failover migration, command API")).contains("**met**");
        assertThat(line(page, "event → destination plug request p99")).contains("**not met**");
        assertThat(line(page, "evacuation makespan")).contains("**met**");
        assertThat(line(page, "constant number of SQL statements")).contains("more for GET /vms")
                .contains("**not met**");
        assertThat(line(page, "monitoring round")).contains("**not met**");
    }

    @Test
    void aRunWithoutAPartWritesNoPage() throws IOException {
        ObjectNode scenario = scenario(4.0, 15.0, 0.1, 1.0, 1, 1.0);
        scenario.remove("scale");
        assertThatThrownBy(() -> render(jmh(36.7, 45.0), scenario)).hasMessageContaining("'scale'");

        ArrayNode jmh = jmh(36.7, 45.0);
        jmh.remove(0);
        assertThatThrownBy(() -> render(jmh, scenario(4.0, 15.0, 0.1, 1.0, 1, 1.0)))
                .hasMessageContaining("no JMH result for DomainXmlBenchmark.buildDomainModel");
    }

    private String render(ArrayNode jmh, JsonNode scenario) throws IOException {
        Path file = dir.resolve("jmh.json");
        Files.writeString(file, jmh.toString());
        Map<String, String[]> timings = new LinkedHashMap<>();
        timings.put("JMH", new String[] {"300", "1.5"});
        return BenchReport.render(JmhResults.read(List.of(file)), scenario, MACHINE, "abc1234", timings, "1.5", "2.0",
                WHEN);
    }

    private static String line(String page, String containing) {
        return page.lines().filter(l -> l.startsWith("|") && l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no summary line with '" + containing + "'"));
    }

    private static ArrayNode jmh(double domainXmlUs, double schedulingUs) {
        ArrayNode all = JSON.createArrayNode();
        all.add(benchmark("vdsbroker.bench.DomainXmlBenchmark.buildDomainModel", "avgt", 0.95, "us/op"));
        all.add(benchmark("vdsbroker.bench.DomainXmlBenchmark.buildDomainXml", "avgt", domainXmlUs, "us/op"));
        all.add(benchmark("vdsbroker.bench.DomainXmlBenchmark.parseAndMatchLiveXml", "avgt", 80, "us/op"));
        all.add(benchmark("backend.bench.ValidationBenchmark.addFailoverProfile", "avgt", 900, "us/op"));
        all.add(benchmark("backend.bench.ValidationBenchmark.addFailoverNic", "avgt", 1200, "us/op"));
        all.add(benchmark("backend.bench.ValidationBenchmark.refuseFailoverToPassthrough", "avgt", 600, "us/op"));
        all.add(benchmark("backend.scheduling.bench.SchedulingBenchmark.scheduleFailoverVm", "avgt", schedulingUs, "us/op"));
        all.add(benchmark("backend.scheduling.bench.SchedulingBenchmark.scheduleNoHostFits", "avgt", 250, "us/op"));
        all.add(benchmark("dal.bench.VfClaimBenchmark.claimAndRelease", "thrpt", 1527, "ops/s"));
        ObjectNode sample = benchmark("backend.bench.MigrationScenarioBenchmark.failoverMigration", "sample", 12, "ms/op");
        ObjectNode percentiles = ((ObjectNode) sample.get("primaryMetric")).putObject("scorePercentiles");
        for (String p : List.of("50.0", "90.0", "99.0", "100.0")) {
            percentiles.put(p, 10 + Double.parseDouble(p) / 10);
        }
        all.add(sample);
        return all;
    }

    private static ObjectNode benchmark(String name, String mode, double score, String unit) {
        ObjectNode b = JSON.createObjectNode();
        b.put("benchmark", "org.vfmigrate." + name).put("mode", mode).put("threads", 1).put("forks", 1)
                .put("warmupIterations", 1).put("warmupTime", "1 s").put("measurementIterations", 3)
                .put("measurementTime", "1 s");
        ObjectNode metric = b.putObject("primaryMetric");
        metric.put("score", score).put("scoreError", score / 10).put("scoreUnit", unit);
        metric.putArray("rawData").addArray().add(score * 0.9).add(score).add(score * 1.1);
        return b;
    }

    private static ObjectNode scenario(double p50, double p99, double reactionP99, double evacuationRatio,
            int vmsListStatements, double monitorSeconds) {
        Map<String, Object> path = Map.of("count", 100, "p50_ms", p50, "p90_ms", p99 * 0.8, "p99_ms", p99,
                "max_ms", p99 * 1.2, "per_second", 1000 / p50);
        Map<String, Object> sql = Map.of("migrations", 5, "per_migration_median", 78.0, "per_migration_min", 78,
                "per_migration_max", 78, "by_kind", Map.of("select vms", 4.0, "update migrations", 4.0));
        Map<String, Object> zero = new LinkedHashMap<>();
        zero.put("warmup_per_path", 100);
        zero.put("command", path);
        zero.put("rest", path);
        zero.put("sequential_per_second", 20.0);
        zero.put("sql_command", sql);
        zero.put("sql_rest", sql);
        zero.put("reaction", Map.of("count", 250, "p50_ms", 0.006, "p99_ms", reactionP99, "max_ms", 4.5));
        zero.put("concurrent", Map.of("in_flight", 4, "seconds", 5.0, "started", 400, "done", 400, "per_second", 80.0));
        zero.put("seconds", 48.0);
        Map<String, Object> row = new LinkedHashMap<>(Map.of("rounds", 1, "unplug_ms", 2005, "migration_ms", 1314,
                "downtime_ms", 300, "without_vf_ms", 1331, "outage_engine_ms", 0, "no_path_ms", 300, "virtio_only_ms", 1017));
        List<Map<String, Object>> rows = List.of(with(row, "engine_managed", "failover"), with(row, "engine_managed", "legacy"),
                with(row, "hypervisor_managed", "failover"), with(row, "hypervisor_managed", "legacy"));
        Map<String, Object> run = Map.of("migrations", 40, "done", 40, "vms_left_on_sources", 0, "makespan_s", 17.8,
                "lower_bound_s", 17.8 / evacuationRatio, "ratio", evacuationRatio);
        Map<String, Object> evacuation = Map.of("source_hosts", 4, "vms_per_host", 10, "runs", List.of(run),
                "median_ratio", evacuationRatio, "seconds", 60.0);
        Map<String, Object> startup = Map.of("runs", 1, "ready_median_ms", 12000.0, "reported_uptime_median_ms", 11900.0,
                "cpu_to_ready_median_ms", 16000.0, "first_vms_list_median_ms", 12500.0, "ready_max_ms", 12000.0);
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("hosts", 200);
        scale.put("vfs_per_host", 32);
        scale.put("vms", 5000);
        scale.put("startup_empty", startup);
        scale.put("hosts_added_s", 17.0);
        scale.put("vms_added_s", 11.0);
        scale.put("api", List.of(list("GET /vnicprofiles", 1), list("GET /vms", vmsListStatements)));
        scale.put("monitor", Map.of("vms", 5000, "seconds", monitorSeconds, "sql_statements", 75000,
                "sql_by_kind", Map.of("select vm_devices", 20000)));
        scale.put("startup", startup);
        scale.put("seconds", 300.0);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("mode", "quick");
        all.put("zero", zero);
        all.put("realistic", Map.of("rows", rows, "reaction", Map.of("engine_managed",
                Map.of("count", 6, "p50_ms", 0.02, "p99_ms", 0.7)), "seconds", 30.0));
        all.put("evacuation", evacuation);
        all.put("scale", scale);
        return JSON.valueToTree(all);
    }

    private static Map<String, Object> with(Map<String, Object> row, String mode, String nic) {
        Map<String, Object> r = new LinkedHashMap<>(Map.of("mode", mode, "nic", nic));
        r.putAll(row);
        return r;
    }

    private static Map<String, Object> list(String endpoint, int statements) {
        return Map.of("endpoint", endpoint, "count", 20, "p50_ms", 12.0, "p90_ms", 20.0, "p99_ms", 40.0, "max_ms", 41.0,
                "items", 5000, "bytes", 900000, "sql_statements", statements, "sql_by_kind", Map.of("select vms", statements));
    }
}
