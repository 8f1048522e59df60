package org.vfmigrate.backend.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.vfmigrate.backend.testing.ApiClient;

/**
 * The packaged engine run as a user runs it: {@code java [options] -jar vfmigrate-engine.jar}, as
 * {@code ./vfmigrate run} does, in an OS process of its own, configured only through {@code VFMIGRATE_*}
 * environment variables: one data directory, its own HTTP and database ports, the demo data on, known passwords.
 * It can be started again on the same data after a clean stop (SIGTERM) or a kill (SIGKILL, which leaves the
 * embedded PostgreSQL running for the next start to find). Each run writes its output to files in the home
 * directory, whose tail is part of every failure.
 *
 * <p>One thread drives it; {@link #kill} and {@link #close} may come from any. Nothing outlives it: {@link #close}
 * kills the engine and any PostgreSQL still serving the data directory, and a JVM shutdown hook closes whatever a
 * test forgot. The jar comes from the system property {@code engine.jar}
 * (set by failsafe to the jar built in {@code package}).
 */
public final class EngineProcess implements AutoCloseable {

    public static final String ADMIN = "admin@internal";
    public static final String ADMIN_PASSWORD = "process-admin-secret";
    public static final String USER = "user@internal";
    public static final String USER_PASSWORD = "process-user-secret";

    /**
     * What {@code VFMIGRATE_JAVA_OPTS} would be for {@code ./vfmigrate run}: the client compiler only and the serial
     * collector halve the CPU a start-up takes (about 7 s instead of 14 s), which on a busy build machine is most of
     * its time; behaviour is the same.
     */
    public static final List<String> FAST_START_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int TAIL_LINES = 60;

    private final Path home;
    private final int port;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private volatile List<String> jvmOptions = FAST_START_OPTIONS;
    private volatile Process process;
    private volatile RunLog log;
    private volatile long launchedAt;
    private int runs;

    private EngineProcess(Path home) {
        this.home = home.toAbsolutePath();
        this.port = FreePorts.pick();
        settings.put("VFMIGRATE_DATA_DIR", dataDirectory().toString());
        settings.put("VFMIGRATE_PORT", Integer.toString(port));
        settings.put("VFMIGRATE_DB_PORT", Integer.toString(FreePorts.pick()));
        settings.put("VFMIGRATE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        settings.put("VFMIGRATE_USER_PASSWORD", USER_PASSWORD);
        settings.put("VFMIGRATE_DEMO", "true");
    }

    /** An engine whose working directory and logs are {@code home} and whose data is {@code home/var}. */
    public static EngineProcess in(Path home) {
        return new EngineProcess(home);
    }

    /** One more setting for the next starts, e.g. {@code with("VFMIGRATE_EVACUATION_INTERVAL_MS", "100")}. */
    public EngineProcess with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** JVM options for the next starts instead of {@link #FAST_START_OPTIONS}; none is plain {@code java -jar}. */
    public EngineProcess withJvmOptions(String... options) {
        jvmOptions = List.of(options);
        return this;
    }

    /** Starts the engine and returns once it is ready (see {@link #awaitReady}). */
    public EngineProcess start() {
        launch();
        awaitReady();
        return this;
    }

    /** Starts the engine process without waiting for it, e.g. to kill it during its start-up. */
    public EngineProcess launch() {
        if (isRunning()) {
            throw new IllegalStateException("engine already running as pid " + process.pid());
        }
        launchedAt = System.nanoTime();
        log = RunLog.in(home, "engine-" + ++runs);
        process = spawn(settings, log);
        LiveProcesses.add(this);
        return this;
    }

    /**
     * Waits until the launched engine's API answers an authenticated request (see {@link ReadinessProbe}); fails
     * with the tail of its output, and kills it, when it exits first or is not ready within 90 s.
     */
    public void awaitReady() {
        Process p = process;
        String notReady = new ReadinessProbe(port, ADMIN, ADMIN_PASSWORD).await(p, READY_TIMEOUT);
        if (notReady != null) {
            close();
            throw new AssertionError("engine run " + runs + " did not start: " + notReady + log.tail(TAIL_LINES));
        }
        System.out.printf("engine run %d: pid %d ready on port %d in %.1f s%n", runs, p.pid(), port,
                (System.nanoTime() - launchedAt) / 1e9);
    }

    /** Stops the engine as Ctrl-C does (SIGTERM) and waits for it to exit; returns its exit code. */
    public int stop() {
        Process p = running();
        p.destroy();
        if (!waitFor(p, STOP_TIMEOUT)) {
            close();
            throw new AssertionError("engine pid " + p.pid() + " still running " + STOP_TIMEOUT.toSeconds()
                    + " s after SIGTERM" + log.tail(TAIL_LINES));
        }
        return p.exitValue();
    }

    /**
     * Kills the engine (SIGKILL), leaving its PostgreSQL running as a crash would; returns its exit code. May come
     * from another thread than the one starting the engine.
     */
    public int kill() {
        Process p = running();
        p.destroyForcibly();
        if (!waitFor(p, STOP_TIMEOUT)) {
            throw new AssertionError("engine pid " + p.pid() + " survived SIGKILL");
        }
        return p.exitValue();
    }

    /**
     * Runs a second engine on this one's data directory, with ports of its own, and waits for it to exit (it
     * should refuse to start); fails when it is still running after {@code timeout}.
     */
    public Exit startAnotherOnTheSameData(Duration timeout) {
        Map<String, String> other = new LinkedHashMap<>(settings);
        other.put("VFMIGRATE_PORT", Integer.toString(FreePorts.pick()));
        other.put("VFMIGRATE_DB_PORT", Integer.toString(FreePorts.pick()));
        RunLog otherLog = RunLog.in(home, "other-" + System.nanoTime());
        Process p = spawn(other, otherLog);
        AutoCloseable cleanup = p::destroyForcibly;
        LiveProcesses.add(cleanup);
        try {
            if (!waitFor(p, timeout)) {
                p.destroyForcibly();
                waitFor(p, STOP_TIMEOUT);
                throw new AssertionError("a second engine on " + dataDirectory() + " was still running after "
                        + timeout.toSeconds() + " s" + otherLog.tail(TAIL_LINES));
            }
            return new Exit(p.exitValue(), otherLog.stdoutText(), otherLog.stderrText());
        } finally {
            LiveProcesses.remove(cleanup);
        }
    }

    /** How a process ended: its exit code and everything it wrote. */
    public record Exit(int code, String stdout, String stderr) {
    }

    /** An admin client on the engine's port (the port stays the same across restarts). */
    public ApiClient api() {
        return new ApiClient(port).basic(ADMIN, ADMIN_PASSWORD);
    }

    public int port() {
        return port;
    }

    /**
     * The JDBC URL of the engine's embedded PostgreSQL (user {@code postgres}, no password), for a test to read the
     * engine's data or for a second engine to share it ({@code VFMIGRATE_DB_URL}). The port stays the same across
     * restarts; the database is there while the engine runs, and after a kill until the next start.
     */
    public String databaseUrl() {
        return "jdbc:postgresql://127.0.0.1:" + settings.get("VFMIGRATE_DB_PORT") + "/postgres";
    }

    public Path dataDirectory() {
        return home.resolve("var");
    }

    /** The live PostgreSQL processes on the engine's database: none after a clean stop, some after a kill. */
    public List<ProcessHandle> databaseProcesses() {
        return PostmasterProcesses.of(dataDirectory().resolve("db"));
    }

    /** The output of the current or last run. */
    public RunLog log() {
        return log;
    }

    /** {@code running as pid N}, {@code exited with code C} (137: killed), or {@code not started}: for failures. */
    public String state() {
        Process p = process;
        if (p == null) {
            return "not started";
        }
        return p.isAlive() ? "running as pid " + p.pid() : "pid " + p.pid() + " exited with code " + p.exitValue();
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    public long pid() {
        return running().pid();
    }

    /**
     * Kills the engine if it runs, and any PostgreSQL still serving its data directory. Safe to call again, and
     * from another thread, such as the shutdown hook.
     */
    @Override
    public void close() {
        Process process = this.process;
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor(process, STOP_TIMEOUT);
        }
        PostmasterProcesses.stop(dataDirectory().resolve("db"));
        LiveProcesses.remove(this);
    }

    private Process running() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            throw new IllegalStateException("engine not running");
        }
        return p;
    }

    private Process spawn(Map<String, String> env, RunLog output) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", engineJar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectOutput(output.stdout().toFile())
                .redirectError(output.stderr().toFile());
        // only the settings given here: none leaks in from the environment of whoever runs the tests
        builder.environment().keySet().removeIf(k -> k.startsWith("VFMIGRATE_"));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(home);
            Process p = builder.start();
            p.getOutputStream().close();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + builder.command(), e);
        }
    }

    static Path engineJar() {
        Path jar = Path.of(System.getProperty("engine.jar", "target/vfmigrate-engine.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("no engine jar at " + jar + ": build it with `mvn -B -pl backend -am package "
                    + "-DskipTests`, or run the test through `mvn verify`, which sets -Dengine.jar");
        }
        return jar;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }
}
