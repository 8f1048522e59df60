package org.vfmigrate.backend.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole-flow scenarios and writes their figures as JSON ({@code scenario.json}) for the report
 * generator: zero-latency engine overhead, realistic latencies side by side, evacuation makespan and the scale
 * scenario, each with the seconds it took. {@code quick} runs fewer iterations at a small scale; {@code full} is
 * what docs/benchmarks.md is meant to show.
 *
 * <p>Arguments: {@code quick|full OUT_DIR ENGINE_JAR [PART,...]} with parts {@code zero}, {@code realistic},
 * {@code evacuation}, {@code scale} (default: all).
 */
public final class ScenarioSuite {

    private ScenarioSuite() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !List.of("quick", "full").contains(args[0])) {
            System.err.println("usage: ScenarioSuite quick|full OUT_DIR ENGINE_JAR [zero,realistic,evacuation,scale]");
            System.exit(2);
        }
        boolean quick = args[0].equals("quick");
        Path out = Path.of(args[1]);
        Path jar = Path.of(args[2]);
        List<String> parts = List.of((args.length > 3 ? args[3] : "zero,realistic,evacuation,scale").split(","));
        Files.createDirectories(out);
        Path file = out.resolve("scenario.json");
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Map<String, Object> results = new LinkedHashMap<>();
        if (args.length > 3 && Files.exists(file)) {
            // a run of some parts keeps the figures of the others from the previous run in the same mode
            @SuppressWarnings("unchecked")
            Map<String, Object> previous = json.readValue(file.toFile(), Map.class);
            if (args[0].equals(previous.get("mode"))) {
                results.putAll(previous);
            }
        }
        results.put("mode", args[0]);
        for (String part : parts) {
            long start = System.nanoTime();
            String load = loadAverage();
            System.out.println("scenario: " + part + " ...");
            Map<String, Object> figures = switch (part) {
                case "zero" -> ZeroLatencyScenario.run(quick
                        ? new ZeroLatencyScenario.Settings(100, 100, 5, 2, Duration.ofSeconds(5))
                        : new ZeroLatencyScenario.Settings(300, 500, 10, 4, Duration.ofSeconds(20)));
                case "realistic" -> RealisticScenario.run(quick ? 1 : 3);
                case "evacuation" -> quick ? EvacuationScenario.run(4, 10, 1) : EvacuationScenario.run(10, 50, 3);
                case "scale" -> ScaleScenario.run(quick
                        ? new ScaleScenario.Settings(50, 32, 1_250, 5, 20, 1, jar)
                        : new ScaleScenario.Settings(200, 32, 5_000, 10, 100, 3, jar));
                default -> throw new IllegalArgumentException("unknown part " + part);
            };
            figures.put("seconds", (System.nanoTime() - start) / 1e9);
            figures.put("load_at_start", load);
            results.put(part, figures);
            json.writeValue(file.toFile(), results);
            System.out.printf("scenario: %s took %.0f s%n", part, (System.nanoTime() - start) / 1e9);
        }
        System.exit(0);
    }

    /** The 1-minute load average, to tell a quiet run from one that shared the cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
