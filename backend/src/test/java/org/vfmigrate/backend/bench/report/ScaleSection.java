package org.vfmigrate.backend.bench.report;

import static org.vfmigrate.backend.bench.report.Markdown.count;
import static org.vfmigrate.backend.bench.report.Markdown.metOrNot;
import static org.vfmigrate.backend.bench.report.Markdown.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 5: a large installation — API list latencies with the SQL statements each request needs, and the
 * engine jar's start-up on that database against its start-up on an empty one.
 */
final class ScaleSection {

    /** Most statements a list request may need whatever the number of items (no N+1). */
    static final int CONSTANT_STATEMENTS = 3;
    static final double MONITOR_INTERVAL_S = 15;

    private final JsonNode scale;
    private final Goals goals;

    ScaleSection(JsonNode scale, Goals goals) {
        this.scale = scale;
        this.goals = goals;
    }

    void write(Markdown md) {
        int hosts = scale.get("hosts").asInt();
        int vms = scale.get("vms").asInt();
        md.heading(2, "5. Scale: " + count(hosts) + " hosts, " + count(vms) + " VMs with failover NICs");
        md.paragraph("Source: `backend/src/test/java/org/vfmigrate/backend/bench/ScaleScenario.java` and `ScaleDatabase.java`.",
                "**" + count(hosts) + " simulated hosts** (one PF with " + scale.get("vfs_per_host").asInt() + " VFs each) are",
                "added and activated through the commands (" + num(scale.get("hosts_added_s").asDouble()) + " s). One VM with",
                "a failover NIC is added and started through the commands; the other " + count(vms - 1) + " are copies",
                "of the rows the commands wrote for it — VM, NIC, MAC address, the VF it holds (the next free VF of its",
                "host), its VF and failover-twin devices, its audit entries — with fresh ids, names and MACs, inserted",
                "in JDBC batches (" + num(scale.get("vms_added_s").asDouble()) + " s), spread round-robin over the hosts;",
                "`ScaleDatabaseIT` checks that a copy equals what the commands write for a VM and that it can be",
                "migrated and stopped. Then `ANALYZE`, as autovacuum would have done.");
        lists(md);
        monitor(md);
        startup(md);
        md.paragraph("Reproduce: `-Dscenario.args=\"full backend/target/bench backend/target/vfmigrate-engine.jar scale\"`",
                "(the engine jar is built by the same Maven run).");
    }

    private void lists(Markdown md) {
        JsonNode api = scale.get("api");
        int requests = api.get(0).get("count").asInt();
        md.paragraph("API list latencies: the in-process engine on its HTTP port, XML (the API's default), Basic",
                "authentication, the endpoints in turn, " + requests + " requests each after a warm-up;",
                "`/hosts/{id}/devices` cycles through the hosts. The SQL statements are those of one request.");
        Markdown.Table t = new Markdown.Table("request", ">items", ">KiB", ">SQL statements", ">p50 ms", ">p90 ms",
                ">p99 ms", ">max ms");
        List<String> growing = new ArrayList<>();
        for (JsonNode e : api) {
            t.row("`" + e.get("endpoint").asText() + "`", count(e.get("items").asLong()),
                    num(e.get("bytes").asDouble() / 1024), e.get("sql_statements").asInt(),
                    "**" + num(e.get("p50_ms").asDouble()) + "**", num(e.get("p90_ms").asDouble()),
                    "**" + num(e.get("p99_ms").asDouble()) + "**", num(e.get("max_ms").asDouble()));
            if (e.get("sql_statements").asInt() > CONSTANT_STATEMENTS) {
                growing.add(e.get("endpoint").asText());
            }
            goals.reported("API list " + e.get("endpoint").asText() + " at " + count(scale.get("hosts").asInt())
                            + " hosts / " + count(scale.get("vms").asInt()) + " VMs (no goal set)",
                    "p50 " + num(e.get("p50_ms").asDouble()) + " ms, p99 " + num(e.get("p99_ms").asDouble()) + " ms");
        }
        md.table(t);
        boolean constant = growing.isEmpty();
        goals.add("list requests need a constant number of SQL statements (no N+1)",
                constant ? "≤ " + CONSTANT_STATEMENTS + " each" : "more for " + String.join(", ", growing), constant);
        md.paragraph("DESIGN §8 sets no latency goal for lists. What this section checks is that a list costs a",
                "constant number of statements whatever it holds (no N+1 query per item): " + metOrNot(constant) + ".",
                "The time of `GET /vms` grows with the VMs it returns (mapping and XML writing); a client that needs",
                "one VM reads `/vms/{id}`.");
    }

    private void monitor(Markdown md) {
        JsonNode m = scale.get("monitor");
        int vms = m.get("vms").asInt();
        double seconds = m.get("seconds").asDouble();
        boolean fits = seconds <= MONITOR_INTERVAL_S;
        goals.add("a device-monitoring round over " + count(vms) + " VMs fits in its default 15 s interval",
                num(seconds) + " s", fits);
        md.paragraph("Device monitoring: the engine is restarted in the benchmark JVM (the simulated hosts get their",
                "VMs back), then one round of `DeviceMonitor.refreshAll` — each running VM's live XML read from its host",
                "and matched, its devices and VF recorded — is timed: **" + num(seconds) + " s for " + count(vms)
                        + " VMs**, " + count(m.get("sql_statements").asLong()) + " SQL statements ("
                        + num(m.get("sql_statements").asDouble() / Math.max(1, vms)) + " per VM, each VM in its own "
                        + "transaction). The round runs every 15 s by default (`VFMIGRATE_MONITOR_INTERVAL_MS`): "
                        + (fits ? "it fits, " + String.format(java.util.Locale.ROOT, "using %.0f %% of the interval.",
                        100 * seconds / MONITOR_INTERVAL_S) : "**it does not fit**; rounds run back to back."));
        Markdown.Table t = new Markdown.Table("statement (verb, table)", ">per VM per round");
        m.get("sql_by_kind").fields().forEachRemaining(e -> t.row("`" + e.getKey() + "`",
                num(e.getValue().asDouble() / Math.max(1, vms))));
        md.table(t);
    }

    private void startup(Markdown md) {
        JsonNode empty = scale.get("startup_empty");
        JsonNode full = scale.get("startup");
        md.paragraph("Engine start-up: `java -jar backend/target/vfmigrate-engine.jar` with default JVM options on the",
                "benchmark's PostgreSQL, timed from launching the JVM to the engine's \"ready\" line (Flyway check,",
                "Hibernate, the web server, and the simulated hosts getting back the VMs the database says they run) and",
                "to the first answered `GET /vms`. Start-ups on a second, empty database of the same server (schema",
                "only) alternate with those on the full one; the median of " + full.get("runs").asInt() + " start"
                        + (full.get("runs").asInt() == 1 ? "" : "s") + " per database.");
        Markdown.Table t = new Markdown.Table("database", ">launch → ready s", ">uptime the engine reports s",
                ">CPU time to ready s", ">launch → first GET /vms answered s", ">slowest start s");
        t.row("empty", num(empty.get("ready_median_ms").asDouble() / 1000),
                num(empty.get("reported_uptime_median_ms").asDouble() / 1000),
                num(empty.get("cpu_to_ready_median_ms").asDouble() / 1000),
                num(empty.get("first_vms_list_median_ms").asDouble() / 1000), num(empty.get("ready_max_ms").asDouble() / 1000));
        t.row(count(scale.get("hosts").asInt()) + " hosts, " + count(scale.get("vms").asInt()) + " running VMs",
                "**" + num(full.get("ready_median_ms").asDouble() / 1000) + "**",
                num(full.get("reported_uptime_median_ms").asDouble() / 1000),
                num(full.get("cpu_to_ready_median_ms").asDouble() / 1000),
                num(full.get("first_vms_list_median_ms").asDouble() / 1000), num(full.get("ready_max_ms").asDouble() / 1000));
        md.table(t);
        double extra = (full.get("ready_median_ms").asDouble() - empty.get("ready_median_ms").asDouble()) / 1000;
        double extraCpu = (full.get("cpu_to_ready_median_ms").asDouble()
                - empty.get("cpu_to_ready_median_ms").asDouble()) / 1000;
        goals.reported("engine start-up with " + count(scale.get("vms").asInt()) + " VMs (no goal set)",
                num(full.get("ready_median_ms").asDouble() / 1000) + " s (empty: "
                        + num(empty.get("ready_median_ms").asDouble() / 1000) + " s)");
        double restore = full.path("restore_median_ms").asDouble(Double.NaN) / 1000;
        md.paragraph("Reading: with the data the engine was ready " + (extra >= 0 ? num(extra) + " s later"
                        : num(-extra) + " s sooner (wall-clock time moved more by other processes than by the data)")
                        + " than on an empty database, and its JVM used " + (extraCpu >= 0 ? num(extraCpu) + " s more"
                        : num(-extraCpu) + " s less") + " CPU time to get there (CPU time is the steadier figure when"
                        + " other processes share the cores)."
                        + (Double.isNaN(restore) ? "" : " Putting the VMs back on the simulated hosts (a domain XML"
                        + " built, parsed and started per VM; the database read with three queries per host) took about "
                        + num(restore) + " s of it, from the first host the engine logged as done to the last; the rest"
                        + " grows with the data too (Hibernate and the periodic jobs that start meanwhile have more to"
                        + " read)."),
                "No goal is set.");
    }
}
