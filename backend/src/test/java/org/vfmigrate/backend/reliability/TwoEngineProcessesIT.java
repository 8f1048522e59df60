package org.vfmigrate.backend.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.process.EngineLogOnFailure;
import org.vfmigrate.backend.process.EngineProcess;

/**
 * Two engine processes on one database — the first with its embedded PostgreSQL, the second pointed at it with
 * {@code VFMIGRATE_DB_URL} — both taking the same requests at the same moments: migrations of the same VMs, unplugs
 * and plugs of the same NICs, and conflicting updates of one vNIC profile and one VM. At no sampled moment does a
 * VF have two owners; no update is lost (a conflicting one gets a clean 409, or both serialize); no request gets a
 * 5xx; and once the load stops and the engines settle, every engine invariant holds.
 *
 * <p>Simulated hosts live inside each engine process, so the two engines cannot share them: each simulates the
 * same hosts for itself, and the second starts before any VM runs, so that each VM runs in the simulation of the
 * engine that started it (half through each). A request for a VM that reaches the other engine fails on the host
 * side (no such domain there) and must be refused or undone as cleanly as any host failure; one that reaches the
 * VM's own engine really moves or plugs it — and either way both engines meet in the database, which is what this
 * test is about: the VM locks, the VF claims on the shared hosts, the row versions. The hosts' side of the
 * invariants reads both simulations together. Races on one shared simulation are covered in one JVM by
 * {@code TwoEnginesMigrationIT}.
 *
 * <p>{@code -Dtwoengines.seconds} of load (default 20) from {@code -Dtwoengines.seed} (default: the clock).
 */
class TwoEngineProcessesIT {

    private static final Duration SETTLE_BOUND = Duration.ofSeconds(120);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path home;

    static EngineProcess first;
    static EngineProcess second;

    @RegisterExtension
    static final EngineLogOnFailure FIRST_LOG = new EngineLogOnFailure(() -> first);
    @RegisterExtension
    static final EngineLogOnFailure SECOND_LOG = new EngineLogOnFailure(() -> second);

    @AfterAll
    static void closeEngines() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void twoEnginesOnOneDatabaseNeverShareAVfNorLoseAnUpdate() {
        long seed = Long.getLong("twoengines.seed", System.nanoTime());
        long seconds = Long.getLong("twoengines.seconds", 20);
        long began = System.nanoTime();
        ReliabilityFigures figures = ReliabilityFigures.of(getClass()).put("seed", seed)
                .put("rerun", "-Dtwoengines.seed=" + seed + " -Dtwoengines.seconds=" + seconds)
                .put("load", seconds + " s");
        List<String> violations = new ArrayList<>();
        try {
            first = ChaosEngines.configure(EngineProcess.in(home.resolve("first"))).start();
            EngineApi api = new EngineApi(first.api());
            ChaosTopology topology = ChaosTopology.build(api, "two", 4, 8, 6, 2);
            String profile = api.add("vnicprofiles", "<vnic_profile><name>contended</name><network id=\""
                    + topology.mgmtNetwork + "\"/><description>initial</description></vnic_profile>");
            String vm = api.add("vms", "<vm><name>contended-vm</name><cluster id=\"" + topology.cluster + "\"/>"
                    + "<memory>1073741824</memory><os><type>rhel_8x64</type></os></vm>");
            second = ChaosEngines.configure(EngineProcess.in(home.resolve("second")))
                    .with("VFMIGRATE_DB_URL", first.databaseUrl()).start();
            topology.startAll(i -> new EngineApi((i % 2 == 0 ? first : second).api()));
            topology.applyLatencies(first.api());
            topology.applyLatencies(second.api());
            figures.put("cluster", "4 simulated hosts of 8 VFs, 8 running VMs (6 with a failover NIC, 2 with a "
                    + "legacy VF NIC; half started through each engine), a vNIC profile and a stopped VM updated "
                    + "from both");

            TwoEngineLoad load = new TwoEngineLoad(first, second, topology, seed);
            load.probe(profileProbe(load, profile));
            load.probe(vmProbe(load, vm));
            VfOwnershipSampler sampler = new VfOwnershipSampler(first.databaseUrl());
            sampler.start();
            try {
                load.run(Duration.ofSeconds(seconds));
            } finally {
                sampler.stop();
            }
            violations.addAll(sampler.violations());
            load.probes().forEach(p -> violations.addAll(p.problems()));
            violations.addAll(load.answers().serverErrors());
            figures.put("requests", load.answers())
                    .put("lost-update rounds", load.probes().stream().mapToInt(LostUpdateProbe::rounds).sum())
                    .put("VF ownership samples", sampler.samples());

            SettledEngineCheck check = new SettledEngineCheck(first.databaseUrl(), () -> new CombinedHostTruth(
                    new RestHostTruth(new EngineApi(first.api())), new RestHostTruth(new EngineApi(second.api()))),
                    ChaosEngines.MONITOR_INTERVAL);
            violations.addAll(check.violations(SETTLE_BOUND));
            figures.put("settling", check.settledMillis() + " ms");
            try (ProcessDatabase db = new ProcessDatabase(first.databaseUrl())) {
                figures.put("migrations by outcome", db.counts(
                                "select lower(phase), count(*) from migrations group by phase"))
                        .put("engines with done migrations", db.count(
                                "select count(distinct engine_id) from migrations where phase = 'DONE'"));
            }
            assertThat(load.answers().count("migrate 200")).as("migrations started").isPositive();
        } finally {
            figures.put("duration", String.format("%.0f s", (System.nanoTime() - began) / 1e9))
                    .put("violations", violations.isEmpty() ? "none" : violations).write();
        }

        assertThat(violations).as("seed " + seed).isEmpty();
        assertThat(figures.get("engines with done migrations")).as("both engines migrated").isEqualTo("2");
    }

    /** Description (through the first engine) against name (through the second) of one vNIC profile. */
    private static LostUpdateProbe profileProbe(TwoEngineLoad load, String profile) {
        return new LostUpdateProbe("vNIC profile", "/vnicprofiles/" + profile,
                new LostUpdateProbe.Field("description", "vnic_profile", "description", "/vnic_profile/description",
                        round -> "d" + round),
                new LostUpdateProbe.Field("name", "vnic_profile", "name", "/vnic_profile/name", round -> "n" + round),
                load.answers(), first.api());
    }

    /** Memory (through the first engine) against name (through the second) of one stopped VM. */
    private static LostUpdateProbe vmProbe(TwoEngineLoad load, String vm) {
        return new LostUpdateProbe("VM", "/vms/" + vm,
                new LostUpdateProbe.Field("memory", "vm", "memory", "/vm/memory",
                        round -> Long.toString((512L + round) << 20)),
                new LostUpdateProbe.Field("name", "vm", "name", "/vm/name", round -> "contended-" + round),
                load.answers(), first.api());
    }
}
