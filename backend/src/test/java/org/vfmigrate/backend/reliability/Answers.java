package org.vfmigrate.backend.reliability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The answers a workload got, counted by request and status ({@code deactivate 200}, {@code migrate 409}); a
 * request that got no answer because the engine was killed under it counts as {@code cut}. Every 5xx is kept
 * with its body: a race or a crash may refuse a request, never fail it unexpectedly. Safe for several threads.
 */
final class Answers {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();

    /** Sends a request as {@code what}; its answer, or null when the connection failed. */
    HttpResponse<String> send(String what, Supplier<HttpResponse<String>> request) {
        HttpResponse<String> r;
        try {
            r = request.get();
        } catch (AssertionError e) {
            if (e.getCause() instanceof IOException) {
                record(what + " cut");
                return null;
            }
            throw e;
        }
        record(what + " " + r.statusCode());
        if (r.statusCode() >= 500) {
            synchronized (this) {
                serverErrors.add(what + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        return r;
    }

    synchronized void record(String outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    synchronized int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many answers had this outcome, e.g. {@code count("migrate 200")}. */
    synchronized int count(String outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    synchronized List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }

    /** {@code activate 200: 12, activate 409: 3, …}. */
    @Override
    public synchronized String toString() {
        return counts.isEmpty() ? "none" : String.join(", ", counts.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList());
    }
}
