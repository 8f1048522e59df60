package org.vfmigrate.backend.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.process.EngineLogOnFailure;
import org.vfmigrate.backend.process.EngineProcess;

/**
 * Process crashes: the packaged engine, as its own OS process on its own data, runs a cluster of simulated hosts
 * and VMs (failover NICs, some legacy VF NICs) while an administrator keeps putting hosts into maintenance (the
 * engine evacuates them), activating them again, migrating VMs and plugging NICs — and the engine is killed with
 * SIGKILL at seeded random moments, mostly under that churn and sometimes during its own start-up, and started
 * again each time. A kill loses the simulated hosts' state (they live in the engine process) and keeps the
 * database; the restarted engine puts the VMs back where the database says, as real hosts would still run them,
 * and recovers or undoes what was in flight. After the last restart and settling, every engine invariant holds,
 * each host is up or in maintenance with nothing on it, every VM still runs, and no request got a 5xx.
 *
 * <p>{@code -Dchaos.kills} kill points (default 6, {@code ./vfmigrate chaos} runs at least 50) from
 * {@code -Dchaos.seed} (default: the clock; printed for a rerun).
 */
class ProcessCrashChaosIT {

    private static final Duration SETTLE_BOUND = Duration.ofSeconds(120);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path home;

    static EngineProcess engine;

    @RegisterExtension
    static final EngineLogOnFailure LOG_ON_FAILURE = new EngineLogOnFailure(() -> engine);

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void everyInvariantHoldsAfterKillsDuringMaintenanceAndEvacuation() {
        long seed = Long.getLong("chaos.seed", System.nanoTime());
        int killPoints = Integer.getInteger("chaos.kills", 6);
        long began = System.nanoTime();
        ReliabilityFigures figures = ReliabilityFigures.of(getClass()).put("seed", seed)
                .put("rerun", "-Dchaos.seed=" + seed + " -Dchaos.kills=" + killPoints).put("kill points", killPoints);
        KillPoints kills = new KillPoints();
        List<String> violations = new ArrayList<>();
        try {
            engine = ChaosEngines.configure(EngineProcess.in(home)).start();
            ChaosTopology topology = ChaosTopology.build(new EngineApi(engine.api()), "chaos", 5, 8, 10, 2);
            topology.startAll(i -> new EngineApi(engine.api()));
            figures.put("cluster", "5 simulated hosts of 8 VFs, 12 VMs (10 with a failover NIC, 2 with a legacy VF "
                    + "NIC), at most 2 hosts out of service at a time");
            Random random = new Random(seed);
            MaintenanceChurn churn = new MaintenanceChurn(engine::api, topology, new Random(random.nextLong()), 2);
            killRepeatedly(killPoints, random, topology, churn, kills);
            kills.restart(engine);
            killFigures(figures, kills);
            SettledEngineCheck check = new SettledEngineCheck(engine.databaseUrl(),
                    () -> new RestHostTruth(new EngineApi(engine.api())), ChaosEngines.MONITOR_INTERVAL);
            violations.addAll(check.violations(SETTLE_BOUND));
            figures.put("settling after the last restart", check.settledMillis() + " ms")
                    .put("requests", churn.answers());
            violations.addAll(churn.answers().serverErrors());
            outcomes(figures, violations);
        } finally {
            killFigures(figures, kills);
            figures.put("duration", String.format("%.0f s", (System.nanoTime() - began) / 1e9))
                    .put("violations", violations.isEmpty() ? "none" : violations).write();
        }

        assertThat(violations).as("seed " + seed).isEmpty();
        assertThat(kills.total()).isEqualTo(killPoints);
        assertThat(kills.withMigrationInFlight()).as("kills that caught a migration in flight").isPositive();
    }

    /**
     * Kills the engine {@code killPoints} times: mostly under the churn, after a random while; and, one time in
     * five when it is down anyway, somewhere in its next start-up. Leaves it killed.
     */
    private static void killRepeatedly(int killPoints, Random random, ChaosTopology topology, MaintenanceChurn churn,
            KillPoints kills) {
        for (int k = 1; k <= killPoints; k++) {
            if (!engine.isRunning() && random.nextInt(5) == 0) {
                engine.launch();
                // a start takes about 10 s here: the kill lands before the API opens, during recovery, or after
                SettledEngineCheck.pause(Duration.ofMillis(200 + random.nextInt(16_000)));
                assertThat(engine.isRunning()).as("the engine exited on its own while starting"
                        + engine.log().tail(40)).isTrue();
                kills.killDuringStartUp(engine);
                continue;
            }
            if (!engine.isRunning()) {
                kills.restart(engine);
            }
            topology.applyLatencies(engine.api());
            churn.start();
            SettledEngineCheck.pause(Duration.ofMillis(300 + random.nextInt(3700)));
            kills.killUnderChurn(engine);
            churn.stop();
        }
    }

    private static void killFigures(ReliabilityFigures figures, KillPoints kills) {
        figures.put("kills by phase", kills.byPhase())
                .put("kills with a migration in flight", kills.withMigrationInFlight())
                .put("kills while a host was preparing for maintenance", kills.withHostPreparing())
                .put("kills before the database was up", kills.beforeDatabase())
                .put("unfinished migrations right after the kills, by phase (summed over the kills)",
                        kills.migrationsCut())
                .put("restart to ready (min / median / max)", kills.restartSeconds());
    }

    /** What the run did, from the database; a VM that no longer runs is a violation (nothing here stops one). */
    private static void outcomes(ReliabilityFigures figures, List<String> violations) {
        try (ProcessDatabase db = new ProcessDatabase(engine.databaseUrl())) {
            figures.put("migrations by outcome", db.counts("select lower(phase), count(*) from migrations group by phase"))
                    .put("migrations undone because the engine stopped mid-way", db.count(
                            "select count(*) from migrations where failure like '%engine stopped mid-migration%'"))
                    .put("hosts evacuated", db.count("select count(*) from audit_log where log_type = 'HOST_EVACUATED'"))
                    .put("hosts at the end", db.counts("select lower(status), count(*) from hosts group by status"))
                    .put("VMs at the end", db.counts("select lower(status), count(*) from vms group by status"));
            int notUp = db.count("select count(*) from vms where status <> 'UP'");
            if (notUp > 0) {
                violations.add(notUp + " VMs no longer up");
            }
        }
    }
}
