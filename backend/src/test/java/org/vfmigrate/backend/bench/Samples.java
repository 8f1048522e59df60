package org.vfmigrate.backend.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Durations measured one by one (nanoseconds), summarised as the benchmark report shows them: count, p50, p90,
 * p99 and max in milliseconds, by the nearest-rank definition (p99 of 200 samples is the 198th smallest).
 */
final class Samples {

    private final List<Long> nanos = new ArrayList<>();

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    long totalNanos() {
        return nanos.stream().mapToLong(Long::longValue).sum();
    }

    /** The {@code percentile} (0–100] by nearest rank, in milliseconds. */
    double percentileMs(double percentile) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    /** count, p50_ms, p90_ms, p99_ms, max_ms. */
    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count());
        m.put("p50_ms", percentileMs(50));
        m.put("p90_ms", percentileMs(90));
        m.put("p99_ms", percentileMs(99));
        m.put("max_ms", percentileMs(100));
        return m;
    }

    /** The median of some values (the lower middle one for an even count), e.g. of repeated runs. */
    static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        return sorted[(sorted.length - 1) / 2];
    }
}
