package org.vfmigrate.backend.demo.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vfmigrate.vdsbroker.host.sim.DataPath;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * {@code vfmigrate demo}: live migration without network downtime, shown end to end. Starts a fresh engine in this
 * process ({@link DemoEngine}), drives it over its REST API like any client ({@link DemoScenario}), shows both
 * migrations' progress as they run ({@link ProgressBoard}), prints the engine's figures ({@link SummaryTable}) and
 * draws each guest's network over time ({@link TimelineSvg}). The simulated hosts use the published latencies,
 * so the whole run takes about twenty seconds.
 */
public final class MigrationDemo {

    /** The first program argument that selects the demo instead of the engine. */
    public static final String COMMAND = "demo";

    static final Duration MIGRATION_LIMIT = Duration.ofMinutes(2);

    private final PrintStream out;
    private final DemoOptions options;
    private final SimSettings latencies = SimSettings.realistic();

    MigrationDemo(PrintStream out, DemoOptions options) {
        this.out = out;
        this.options = options;
    }

    /** Runs the demo; returns the exit code (0 done, 1 failed, 2 bad options). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (DemoFailure e) {
            err.println("vfmigrate demo: " + e.getMessage());
            err.println(DemoOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(DemoOptions.USAGE);
            return 0;
        }
        try {
            new MigrationDemo(out, options).run();
            return 0;
        } catch (DemoFailure e) {
            out.flush();
            err.println("vfmigrate demo: " + e.getMessage());
            return 1;
        }
    }

    void run() {
        long began = System.nanoTime();
        out.println("vfmigrate demo: live migration of two VMs with SR-IOV VFs, with and without net_failover");
        out.println();
        try (DemoEngine engine = DemoEngine.start()) {
            out.printf(Locale.ROOT, "engine     ready after %.1f s: %s%n           fresh database in %s, "
                    + "removed at the end%n", seconds(began), engine.api().root(), engine.dataDirectory());
            DemoScenario scenario = new DemoScenario(engine.api(), out, latencies);
            scenario.setUp();
            pause(DemoTimelines.MARGIN_MS);
            out.printf("%nmigrating both VMs from %s to %s at the same time%n", DemoScenario.SOURCE,
                    DemoScenario.DESTINATION);
            scenario.migrateAll();
            ProgressBoard board = new ProgressBoard(out, ProgressBoard.terminal());
            List<MigrationStatus> finished = new MigrationWatch(engine.api()).waitForAll(scenario.vms(),
                    statuses -> board.show(statuses, Instant.now()), MIGRATION_LIMIT);
            pause(DemoTimelines.MARGIN_MS);
            Timeline timeline = DemoTimelines.build(title(), subtitle(scenario), finished,
                    dataPaths(engine.api(), scenario.vms()));
            report(finished, timeline);
            failIfUndone(finished);
        }
        out.printf(Locale.ROOT, "%ndemo done in %.1f s%n", seconds(began));
    }

    private void report(List<MigrationStatus> finished, Timeline timeline) {
        out.println();
        out.println("what the engine measured:");
        SummaryTable.print(finished, out);
        out.println();
        out.println("what the guests saw (simulated data path):");
        for (TimelineLane lane : timeline.lanes()) {
            double none = lane.secondsOn(DataPath.NONE);
            double paused = lane.secondsOn(DataPath.PAUSED);
            String kept = String.format(Locale.ROOT, "network kept: virtio %.2f s", lane.secondsOn(DataPath.VIRTIO));
            out.printf(Locale.ROOT, "  %-12s %s%s%n", lane.vm(),
                    none > 0 ? String.format(Locale.ROOT, "NO NETWORK for %.2f s", none) : kept,
                    paused > 0 ? String.format(Locale.ROOT, ", paused %.0f ms (stop-and-copy)", paused * 1000) : "");
        }
        write(timeline, options.svg());
        out.println();
        out.println("timeline   " + options.svg().toAbsolutePath() + " (open it in a browser)");
    }

    private static Map<String, JsonNode> dataPaths(DemoApi api, List<DemoVm> vms) {
        Map<String, JsonNode> paths = new LinkedHashMap<>();
        vms.forEach(vm -> paths.put(vm.name(), api.get("/vms/" + vm.id() + "/datapath")));
        return paths;
    }

    private static void failIfUndone(List<MigrationStatus> finished) {
        for (MigrationStatus s : finished) {
            if (!"done".equals(s.phase())) {
                throw new DemoFailure("the migration of " + s.vm().name() + " failed: "
                        + s.migration().path("failure").asText("no reason given"));
            }
        }
    }

    private static void write(Timeline timeline, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TimelineSvg.write(timeline, w);
        } catch (IOException e) {
            throw new DemoFailure("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String title() {
        return "Guest network during live migration: VF NIC with failover vs. without";
    }

    private String subtitle(DemoScenario scenario) {
        return String.format(Locale.ROOT, "Two %d GiB VMs migrated %s \u2192 %s at the same time; simulated hosts: %s.",
                DemoScenario.VM_MEMORY_BYTES >> 30, DemoScenario.SOURCE, DemoScenario.DESTINATION,
                scenario.latencyText());
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted", e);
        }
    }
}
