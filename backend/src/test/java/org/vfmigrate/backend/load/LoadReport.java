package org.vfmigrate.backend.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run measured, per kind of request: how many, how many were refused as legitimate conflicts, how many
 * were errors (with the first few described), and the latency percentiles. Each client fills its own report; the
 * run merges them. Printed as plain text for a terminal and as a Markdown table for docs/reliability.md.
 */
public final class LoadReport {

    private static final int KEPT_ERRORS = 20;

    private final Map<String, Kind> kinds = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();
    private long errorCount;
    private Duration duration = Duration.ZERO;
    private int clients;

    /** The samples of one kind of request. */
    private static final class Kind {
        long[] nanos = new long[256];
        int count;
        int conflicts;
        int errors;

        void add(long latency) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = latency;
        }
    }

    /** Records one answered request: {@code conflict} for a documented 409, {@code error} (non-null) for a failure. */
    public void record(String kind, long nanos, boolean conflict, String error) {
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        k.add(nanos);
        if (conflict) {
            k.conflicts++;
        }
        if (error != null) {
            k.errors++;
            errorCount++;
            if (errors.size() < KEPT_ERRORS) {
                errors.add(kind + ": " + error);
            }
        }
    }

    /** Records a failure that is not one request's answer (a client that died, a broken invariant afterwards). */
    public void error(String what) {
        errorCount++;
        if (errors.size() < KEPT_ERRORS) {
            errors.add(what);
        }
    }

    /** Adds another client's samples to this report. */
    public synchronized void merge(LoadReport other) {
        other.kinds.forEach((name, k) -> {
            Kind mine = kinds.computeIfAbsent(name, x -> new Kind());
            for (int i = 0; i < k.count; i++) {
                mine.add(k.nanos[i]);
            }
            mine.conflicts += k.conflicts;
            mine.errors += k.errors;
        });
        errorCount += other.errorCount;
        other.errors.stream().limit(Math.max(0, KEPT_ERRORS - errors.size())).forEach(errors::add);
    }

    void finish(Duration took, int clientCount) {
        this.duration = took;
        this.clients = clientCount;
    }

    public long requests() {
        return kinds.values().stream().mapToLong(k -> k.count).sum();
    }

    public long errors() {
        return errorCount;
    }

    public long conflicts() {
        return kinds.values().stream().mapToLong(k -> k.conflicts).sum();
    }

    public List<String> errorSamples() {
        return List.copyOf(errors);
    }

    public double perSecond() {
        return duration.isZero() ? 0 : requests() * 1000.0 / duration.toMillis();
    }

    /** The latency at {@code percent} (0 to 100) of one kind, in milliseconds. */
    public double percentileMs(String kind, double percent) {
        Kind k = kinds.get(kind);
        if (k == null || k.count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(k.nanos, k.count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "load: %d clients, %.1f s, %d requests, %.1f requests/s, %d conflicts (409), %d errors%n",
                clients, duration.toMillis() / 1000.0, requests(), perSecond(), conflicts(), errors());
        out.printf(Locale.ROOT, "  %-26s %7s %6s %6s %9s %9s %9s%n", "kind", "count", "409", "errors", "p50 ms",
                "p99 ms", "max ms");
        kinds.forEach((name, k) -> out.printf(Locale.ROOT, "  %-26s %7d %6d %6d %9.1f %9.1f %9.1f%n", name, k.count,
                k.conflicts, k.errors, percentileMs(name, 50), percentileMs(name, 99), percentileMs(name, 100)));
        errors.forEach(e -> out.println("  ERROR " + e));
    }

    /** The figures as a Markdown table, headed by one line saying what ran. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%d clients for %.0f s: %d requests, %.1f requests/s, %d conflicts (409), "
                + "%d errors.%n%n", clients, duration.toMillis() / 1000.0, requests(), perSecond(), conflicts(), errors()));
        md.append("| request | count | 409 | errors | p50 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        kinds.forEach((name, k) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f | %.1f |%n",
                name, k.count, k.conflicts, k.errors, percentileMs(name, 50), percentileMs(name, 99),
                percentileMs(name, 100))));
        return md.toString();
    }
}
