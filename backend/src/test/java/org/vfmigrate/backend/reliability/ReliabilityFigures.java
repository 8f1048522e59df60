package org.vfmigrate.backend.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures one reliability test measured (seed, counts, outcomes, timings), in the order they were put, written
 * as {@code name<TAB>value} lines to {@code <reliability.dir>/<suite>.tsv} (default {@code target/reliability}) for
 * {@link ReliabilityReport} to turn into {@code docs/reliability.md}. Written whether the test passes or not, so a
 * failed run is reported with what it saw; each figure is also printed.
 */
public final class ReliabilityFigures {

    private final String suite;
    private final Map<String, String> figures = new LinkedHashMap<>();

    private ReliabilityFigures(String suite) {
        this.suite = suite;
    }

    /** The figures of the test class, named by its simple name. */
    public static ReliabilityFigures of(Class<?> test) {
        return new ReliabilityFigures(test.getSimpleName());
    }

    /** Sets a figure (a later value of the same name replaces the earlier one); values are kept on one line. */
    public ReliabilityFigures put(String name, Object value) {
        String text = String.valueOf(value).replaceAll("\\s+", " ").trim();
        figures.put(name, text);
        System.out.println(suite + ": " + name + ": " + text);
        return this;
    }

    /** The figure of that name as written, or null. */
    public String get(String name) {
        return figures.get(name);
    }

    /** Writes every figure so far; called again, it rewrites the file with the figures added since. */
    public void write() {
        Path dir = Path.of(System.getProperty("reliability.dir", "target/reliability"));
        StringBuilder out = new StringBuilder();
        figures.forEach((name, value) -> out.append(name.replace('\t', ' ')).append('\t').append(value).append('\n'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(suite + ".tsv"), out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the figures of " + suite, e);
        }
    }
}
