package org.vfmigrate.backend.bench.report;

import static org.vfmigrate.backend.bench.report.Markdown.metOrNot;
import static org.vfmigrate.backend.bench.report.Markdown.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Sections 3 and 4: whole migrations with realistic latencies (failover vs legacy and engine- vs
 * hypervisor-managed side by side, the reaction per mode) and the evacuation of several hosts against the lower
 * bound the parallel-migration limit sets.
 */
final class RealisticSection {

    static final double EVACUATION_GOAL = 1.05;

    private final JsonNode realistic;
    private final JsonNode evacuation;
    private final Goals goals;

    RealisticSection(JsonNode realistic, JsonNode evacuation, Goals goals) {
        this.realistic = realistic;
        this.evacuation = evacuation;
        this.goals = goals;
    }

    void write(Markdown md) {
        sideBySide(md);
        evacuation(md);
    }

    private JsonNode row(String mode, String nic) {
        for (JsonNode r : realistic.get("rows")) {
            if (r.get("mode").asText().equals(mode) && r.get("nic").asText().equals(nic)) {
                return r;
            }
        }
        throw new IllegalStateException("no realistic row for " + mode + "/" + nic);
    }

    private void sideBySide(Markdown md) {
        md.heading(2, "3. Whole migrations with realistic latencies, side by side");
        int rounds = realistic.get("rows").get(0).get("rounds").asInt();
        md.paragraph("Source: `backend/src/test/java/org/vfmigrate/backend/bench/RealisticScenario.java`. The engine runs",
                "as in production (embedded PostgreSQL, all jobs on) against simulated hosts with the published latencies",
                "(`SimSettings.realistic()`: the guest acknowledges a VF unplug after 2 s (ACPI hotplug), migration at",
                "1 GiB/s for a 1 GiB VM, 300 ms stop-and-copy downtime). Each round migrates one fresh VM in each of the",
                "four combinations in turn, so they are compared side by side; each cell is the median of " + rounds
                        + (rounds == 1 ? " round." : " rounds."),
                "\"No path\" and \"virtio only\" come from the simulated guest's data path (which NIC carries traffic at",
                "each instant), measured over the whole migration; the other columns are what the engine records.");
        Markdown.Table t = new Markdown.Table("cluster mode", "NIC", ">unplug ms", ">migration ms", ">downtime ms",
                ">without VF ms", ">outage ms (engine)", ">no path ms (guest data path)", ">virtio only ms (guest data path)");
        for (JsonNode r : realistic.get("rows")) {
            t.row(r.get("mode").asText(), r.get("nic").asText().equals("legacy") ? "legacy (no failover)" : "failover",
                    r.get("unplug_ms").asLong(), r.get("migration_ms").asLong(), r.get("downtime_ms").asLong(),
                    r.get("without_vf_ms").asLong(), r.get("outage_engine_ms").asLong(),
                    "**" + r.get("no_path_ms").asLong() + "**", r.get("virtio_only_ms").asLong());
        }
        md.table(t);
        JsonNode failover = row("engine_managed", "failover");
        JsonNode legacy = row("engine_managed", "legacy");
        JsonNode hyperFailover = row("hypervisor_managed", "failover");
        long downtime = failover.get("downtime_ms").asLong();
        boolean onlyPause = failover.get("no_path_ms").asLong() <= downtime + 20
                && hyperFailover.get("no_path_ms").asLong() <= hyperFailover.get("downtime_ms").asLong() + 20;
        goals.reported("failover vs legacy outage and degraded window, side by side in one run",
                "no path " + failover.get("no_path_ms").asLong() + " vs " + legacy.get("no_path_ms").asLong() + " ms");
        md.paragraph("Reading: " + (onlyPause
                        ? "with failover the guest's only time without a path is the stop-and-copy pause every live "
                        + "migration has (" + downtime + " ms), in both modes; the VF's absence (" + failover.get("virtio_only_ms")
                        .asLong() + " ms here) is carried by the virtio twin."
                        : "with failover the guest had " + failover.get("no_path_ms").asLong() + " ms without a path against a "
                        + downtime + " ms stop-and-copy pause: **more than the pause**, which the failover design should "
                        + "not allow — look into it."),
                "A legacy passthrough NIC has no path from the moment its VF is gone until it is plugged on the",
                "destination (" + legacy.get("no_path_ms").asLong() + " ms). In hypervisor-managed mode the host unplugs the VF",
                "inside the migration call, so the engine's \"unplug\" is 0 and its \"without VF\" counts from the start of",
                "the call (the guest still used the VF during the unplug). A VM whose VF NIC has no failover cannot be moved",
                "by the hypervisor and falls back to the engine-managed flow (last row).");
        JsonNode reaction = realistic.get("reaction");
        StringBuilder r = new StringBuilder("Event → destination plug request with these latencies:");
        reaction.fields().forEachRemaining(e -> r.append(String.format(Locale.ROOT, " %s p50 %s ms, p99 %s ms (%d %s);",
                e.getKey(), num(e.getValue().path("p50_ms").asDouble()), num(e.getValue().path("p99_ms").asDouble()),
                e.getValue().get("count").asInt(), e.getValue().get("count").asInt() == 1 ? "migration" : "migrations")));
        md.paragraph(r.substring(0, r.length() - 1) + ". In hypervisor-managed mode the timer covers the fallback plug",
                "check.");
        md.paragraph("Reproduce: `-Dscenario.args=\"full backend/target/bench backend/target/vfmigrate-engine.jar realistic\"`",
                "with the scenario command of section 2.");
    }

    private void evacuation(Markdown md) {
        double ratio = evacuation.get("median_ratio").asDouble();
        boolean met = ratio <= EVACUATION_GOAL;
        goals.add("evacuation makespan within 5 % of the lower bound", String.format(Locale.ROOT, "%+.1f %%",
                (ratio - 1) * 100), met);
        int hosts = evacuation.get("source_hosts").asInt();
        int vms = evacuation.get("vms_per_host").asInt();
        md.heading(2, "4. Evacuation makespan against its lower bound");
        md.paragraph("Source: `backend/src/test/java/org/vfmigrate/backend/bench/EvacuationScenario.java`. Maintenance of",
                "**" + hosts + " hosts × " + vms + " VMs** (" + hosts * vms + " VMs, 60 % with a failover VF NIC, the rest",
                "virtio), put into maintenance one after the other, with " + hosts + " empty hosts to go to;",
                "parallel-migration limit 2 per host, guest unplug ack 500 ms, 4 GiB/s, 100 ms downtime; a fresh engine per",
                "repetition. A VM the scheduler sends to a source host that has not entered maintenance yet moves again",
                "when it does, hence a few more migrations than VMs. The lower bound is what the limit allows: the",
                "busiest source host's total migration time ÷ 2.");
        Markdown.Table t = new Markdown.Table("run", ">migrations done", ">VMs left on sources", ">makespan s",
                ">lower bound s", ">ratio");
        int i = 1;
        for (JsonNode run : evacuation.get("runs")) {
            t.row(i++, run.get("done").asInt() + " / " + run.get("migrations").asInt(), run.get("vms_left_on_sources").asInt(),
                    num(run.get("makespan_s").asDouble()), num(run.get("lower_bound_s").asDouble()),
                    String.format(Locale.ROOT, "%.3f", run.get("ratio").asDouble()));
        }
        md.table(t);
        md.paragraph("Median ratio **" + String.format(Locale.ROOT, "%.3f", ratio) + "** — " + String.format(Locale.ROOT,
                        "%.1f %%", (ratio - 1) * 100) + " above the bound; the goal (within 5 %) is " + metOrNot(met) + ".",
                "A freed slot is refilled as soon as a migration ends (no polling); what remains between makespan and",
                "bound is the per-migration engine overhead of section 2 and the evacuation's start-up (the first",
                "evacuation round and the time the hosts take to enter maintenance), which weigh more the fewer VMs",
                "there are.");
        md.paragraph("Reproduce: `-Dscenario.args=\"full backend/target/bench backend/target/vfmigrate-engine.jar evacuation\"`.");
    }
}
