package org.vfmigrate.backend.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.RestFixture;

/**
 * A bounded load run against a running engine: builds its own failover data center through the API (three
 * simulated hosts, one running VM per client, VFs to spare), lets the clients loose for the set time ({@link LoadClient}), waits
 * for their migrations to settle, checks what must hold afterwards ({@link LoadConsistency}), and reports the
 * figures ({@link LoadReport}), in Markdown too when asked. {@link #main} runs it against any engine, e.g.
 * <pre>
 * java -Dload.clients=16 -Dload.seconds=300 -Dload.report=target/load.md -cp <test classpath>
 *     org.vfmigrate.backend.load.LoadRun http://127.0.0.1:8080 admin@internal PASSWORD
 * </pre>
 */
public final class LoadRun {

    private static final int HOSTS = 3;
    private static final long SETTLE_MILLIS = 60_000;

    private LoadRun() {
    }

    public static LoadReport run(LoadSettings settings, PrintStream out) throws Exception {
        ApiClient admin = new ApiClient(settings.baseUrl()).basic(settings.user(), settings.password());
        String prefix = "ld" + UUID.randomUUID().toString().substring(0, 6);
        out.printf("load: seed %d (replay with -Dload.seed=%d), fixture %s%n", settings.seed(), settings.seed(), prefix);
        RestFixture fixture = RestFixture.build(admin, prefix, HOSTS, vfsPerHost(settings.clients()), settings.clients());

        List<LoadClient> clients = new ArrayList<>();
        long deadline = System.nanoTime() + settings.duration().toNanos();
        for (int i = 0; i < settings.clients(); i++) {
            ApiClient own = new ApiClient(settings.baseUrl()).basic(settings.user(), settings.password());
            clients.add(new LoadClient(i, settings.seed(), own, fixture, deadline));
        }
        LoadReport report = new LoadReport();
        Instant start = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        try {
            List<Future<LoadReport>> running = new ArrayList<>();
            clients.forEach(c -> running.add(pool.submit(c)));
            for (Future<LoadReport> f : running) {
                try {
                    report.merge(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    report.error("a client died: " + e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        report.finish(Duration.between(start, Instant.now()), settings.clients());

        if (!LoadConsistency.settle(admin, clients, SETTLE_MILLIS)) {
            report.error("migrations still running " + SETTLE_MILLIS / 1000 + " s after the load stopped");
        }
        LoadConsistency.problems(admin, fixture, clients).forEach(p -> report.error("afterwards: " + p));
        report.print(out);
        if (settings.markdown() != null) {
            write(settings, report);
            out.println("load: figures written to " + settings.markdown().toAbsolutePath());
        }
        return report;
    }

    /**
     * Twice a VF per client, so one host can hold every VM and a reservation for each incoming migration: a
     * client's plug or migration is never refused for want of a VF (the simulator has at most 32).
     */
    private static int vfsPerHost(int clients) {
        return Math.min(32, Math.max(4, 2 * clients));
    }

    private static void write(LoadSettings settings, LoadReport report) throws IOException {
        if (settings.markdown().getParent() != null) {
            Files.createDirectories(settings.markdown().getParent());
        }
        Files.writeString(settings.markdown(), report.markdown());
    }

    /** {@code LoadRun <base url> <user> <password>}; the rest from {@code -Dload.*}. Exits 1 on any error. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LoadRun <base url> <user> <password>  [-Dload.clients=8 -Dload.seconds=10 "
                    + "-Dload.seed=N -Dload.report=FILE.md]");
            System.exit(2);
        }
        LoadReport report = run(LoadSettings.fromSystemProperties(args[0], args[1], args[2]), System.out);
        System.exit(report.errors() == 0 ? 0 : 1);
    }
}
