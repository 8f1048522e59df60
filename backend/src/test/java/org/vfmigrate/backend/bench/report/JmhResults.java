package org.vfmigrate.backend.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results JMH wrote with {@code -rf json}: per benchmark its mode, score and error (99.9 %), unit, the
 * iteration scores (to take their median) and, for sample-time benchmarks, the percentiles.
 */
final class JmhResults {

    /** One benchmark's result; {@code name} is the simple class name and method, e.g. {@code DomainXmlBenchmark.buildDomainXml}. */
    record Result(String name, String mode, int threads, int forks, int warmupIterations, String warmupTime,
            int measurementIterations, String measurementTime, double score, double error, String unit,
            List<Double> iterations, Map<String, Double> percentiles, long samples) {

        /** The median of the iteration scores (all forks). */
        double iterationMedian() {
            List<Double> sorted = iterations.stream().sorted().toList();
            return sorted.isEmpty() ? score : sorted.get((sorted.size() - 1) / 2);
        }

        double percentile(String p) {
            Double v = percentiles.get(p);
            if (v == null) {
                throw new IllegalStateException(name + " has no percentile " + p);
            }
            return v;
        }

        /** JMH's options as given, e.g. {@code 1 fork, 5 × 2 s warm-up, 5 × 2 s measurement}. */
        String options() {
            return forks + (forks == 1 ? " fork, " : " forks, ") + warmupIterations + " × " + warmupTime
                    + " warm-up, " + measurementIterations + " × " + measurementTime + " measurement"
                    + (threads > 1 ? ", " + threads + " threads" : "");
        }
    }

    private final Map<String, Result> byName = new LinkedHashMap<>();

    static JmhResults read(List<Path> files) throws IOException {
        JmhResults results = new JmhResults();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            for (JsonNode b : json.readTree(Files.readString(file))) {
                Result r = parse(b);
                results.byName.put(r.name(), r);
            }
        }
        return results;
    }

    static Result parse(JsonNode b) {
        String full = b.get("benchmark").asText();
        String[] parts = full.split("\\.");
        String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
        JsonNode metric = b.get("primaryMetric");
        List<Double> iterations = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            fork.forEach(v -> iterations.add(v.asDouble()));
        }
        Map<String, Double> percentiles = new LinkedHashMap<>();
        metric.path("scorePercentiles").fields().forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
        long samples = 0;
        for (JsonNode fork : metric.path("rawDataHistogram")) {
            for (JsonNode iteration : fork) {
                for (JsonNode bucket : iteration) {
                    samples += bucket.get(1).asLong();
                }
            }
        }
        double error = metric.path("scoreError").asDouble(Double.NaN);
        return new Result(name, b.get("mode").asText(), b.path("threads").asInt(1), b.path("forks").asInt(1),
                b.path("warmupIterations").asInt(), b.path("warmupTime").asText(),
                b.path("measurementIterations").asInt(), b.path("measurementTime").asText(),
                metric.get("score").asDouble(), error, metric.get("scoreUnit").asText(), iterations, percentiles,
                samples);
    }

    Optional<Result> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The result, or a clear failure: the report is only written from a complete run. */
    Result get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("no JMH result for " + name
                + " (have: " + byName.keySet() + ")"));
    }
}
