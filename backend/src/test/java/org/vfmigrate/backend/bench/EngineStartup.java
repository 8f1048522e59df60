package org.vfmigrate.backend.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * Starts the engine jar as a user would ({@code java -jar vfmigrate-engine.jar}), on the benchmark's database,
 * and times it: from launching the JVM to the engine's "ready" line, the JVM uptime the engine reports in that
 * line, the CPU time used by then, from launching to the first answered {@code GET /vms}, and how long the
 * simulated hosts took to get their VMs back (from the first to the last host the engine logs as done). The
 * engine is then stopped with SIGTERM.
 */
final class EngineStartup {

    private static final Pattern READY = Pattern.compile("engine ready in ([0-9.]+) s");
    private static final Pattern API = Pattern.compile("API\\s+(http://\\S+)" + Pattern.quote(ApiPaths.ROOT));
    private static final long LIMIT_S = 600;
    /** What SimulatedHostRestore logs per host it has put VMs back on. */
    private static final String RESTORED = "back on simulated host";

    /**
     * Wall-clock milliseconds to the ready line, the engine's own uptime figure, the CPU time the engine's JVM had
     * used by then (less moved than wall-clock time when other processes share the cores), and to the first
     * answered list.
     */
    record Timing(double readyMs, double reportedUptimeMs, double cpuToReadyMs, double firstListMs, double restoreMs) {
    }

    /** A line the engine printed, stamped when it arrived. */
    private record Line(String text, long nanos) {
    }

    private EngineStartup() {
    }

    /** One start of the engine jar on the database at {@code jdbcUrl} (of the benchmark's PostgreSQL). */
    static Timing measure(Path jar, String jdbcUrl) throws IOException, InterruptedException {
        TestDatabase db = TestDatabase.get();
        Path data = Files.createTempDirectory("vfmigrate-startup");
        List<String> command = new ArrayList<>(List.of("java"));
        String jvmArgs = System.getProperty("bench.startup.jvmArgs", "").strip();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+"))); // e.g. -XX:StartFlightRecording=... to profile it
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("VFMIGRATE_DB_URL", jdbcUrl);
        env.put("VFMIGRATE_DB_USER", db.user());
        env.put("VFMIGRATE_DB_PASSWORD", db.password());
        env.put("VFMIGRATE_PORT", "0");
        env.put("VFMIGRATE_DEMO", "false");
        env.put("VFMIGRATE_DATA_DIR", data.toString());
        env.put("VFMIGRATE_ADMIN_PASSWORD", BenchEngine.ADMIN_PASSWORD);
        env.put("VFMIGRATE_USER_PASSWORD", "bench-user");
        long start = System.nanoTime();
        Process engine = pb.start();
        BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(engine.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(new Line(line, System.nanoTime()));
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "engine-output");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(LIMIT_S);
            long firstRestore = 0;
            long lastRestore = 0;
            while (true) {
                Line line = lines.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    if (!engine.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("the engine did not get ready:\n" + String.join("\n", output));
                    }
                    continue;
                }
                output.add(line.text());
                if (line.text().contains(RESTORED)) {
                    firstRestore = firstRestore == 0 ? line.nanos() : firstRestore;
                    lastRestore = line.nanos();
                }
                Matcher ready = READY.matcher(line.text());
                if (ready.find()) {
                    double reported = Double.parseDouble(ready.group(1)) * 1000;
                    double readyMs = (line.nanos() - start) / 1e6;
                    double cpuMs = engine.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
                    String base = baseUrl(lines, output);
                    int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
                    HttpResponse<String> vms = new ApiClient(port).basic("admin@internal", BenchEngine.ADMIN_PASSWORD)
                            .get(ApiPaths.VMS);
                    double firstListMs = (System.nanoTime() - start) / 1e6;
                    if (vms.statusCode() != 200) {
                        throw new IllegalStateException("GET /vms answered " + vms.statusCode());
                    }
                    return new Timing(readyMs, reported, cpuMs, firstListMs, (lastRestore - firstRestore) / 1e6);
                }
            }
        } finally {
            engine.destroy();
            if (!engine.waitFor(60, TimeUnit.SECONDS)) {
                engine.destroyForcibly().waitFor();
            }
        }
    }

    private static String baseUrl(BlockingQueue<Line> lines, List<String> output) throws InterruptedException {
        while (true) {
            Line line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("the engine printed no API address:\n" + String.join("\n", output));
            }
            output.add(line.text());
            Matcher api = API.matcher(line.text());
            if (api.find()) {
                return api.group(1);
            }
        }
    }
}
