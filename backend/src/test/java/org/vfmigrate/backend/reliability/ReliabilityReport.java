package org.vfmigrate.backend.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@code docs/reliability.md} from one run of the reliability suite ({@code ./vfmigrate chaos}): when, on
 * which commit and machine, then per part its outcome and duration (from failsafe's reports) and the figures the
 * test wrote ({@link ReliabilityFigures}), what each part does, what the model leaves out, and how to run it again.
 * Plain JDK, so it runs from the test classes alone:
 * {@code java -cp backend/target/test-classes org.vfmigrate.backend.reliability.ReliabilityReport --out … }.
 * Exits with 1 when a part failed, or did not run although this build has it, so the launcher can say so. A test may
 * also leave Markdown of its own ({@code <suite>.md} next to its figures), which goes into its section.
 */
public final class ReliabilityReport {

    private final Map<String, String> options;
    private final List<SuiteResult> results = new ArrayList<>();

    ReliabilityReport(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ReliabilityReport report = new ReliabilityReport(options);
        Path out = Path.of(options.getOrDefault("out", "docs/reliability.md"));
        Files.writeString(out, report.render(), StandardCharsets.UTF_8);
        System.out.println("vfmigrate: wrote " + out);
        report.results.forEach(r -> System.out.println("  " + r.suite().title() + ": " + r.outcome().text()));
        System.exit(report.allPassed() ? 0 : 1);
    }

    /** The Markdown for the results under the configured directories. */
    String render() throws IOException {
        results.clear();
        Path figures = Path.of(options.getOrDefault("results", "backend/target/reliability"));
        Path reports = Path.of(options.getOrDefault("reports", "backend/target/failsafe-reports"));
        Path classes = Path.of(options.getOrDefault("classes", "backend/target/test-classes"));
        for (Suite suite : suites(figures)) {
            results.add(new SuiteResult(suite, SuiteOutcome.read(reports, suite.testClass(),
                    isInBuild(classes, suite.testClass())), readFigures(figures.resolve(suite.testClass() + ".tsv")),
                    readFragment(figures.resolve(suite.testClass() + ".md"))));
        }
        Markdown md = new Markdown();
        md.line("# Reliability").blank();
        md.line("Written by `./vfmigrate chaos` from the run below; `./vfmigrate test` runs the short forms of the same "
                + "tests on every build. Each part is seeded: its seed, printed here and in the test output, replays the "
                + "same choices.").blank();
        header(md);
        summary(md);
        for (SuiteResult r : results) {
            details(md, r);
        }
        SuiteTexts.invariants(md);
        SuiteTexts.limits(md);
        reproduce(md);
        return md.toString();
    }

    /** No part failed, and every part this build has ran. */
    boolean allPassed() {
        return results.stream().allMatch(r -> r.outcome().passed() || !r.outcome().inBuild());
    }

    private void header(Markdown md) {
        String date = options.getOrDefault("date", ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        md.line("| | |").line("|---|---|")
                .line("| date | " + date + " |")
                .line("| commit | `" + options.getOrDefault("commit", "unknown") + "` |")
                .line("| machine | " + Machine.describe() + " |")
                .line("| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + " |");
        String loadNow = Machine.loadAverage();
        if (options.containsKey("load-before") || loadNow != null) {
            md.line("| load averages (1, 5, 15 min) | " + options.getOrDefault("load-before", "?") + " at the start, "
                    + (loadNow == null ? "?" : loadNow) + " at the end |");
        }
        if (options.containsKey("seed")) {
            md.line("| seed (every part) | " + options.get("seed") + " |");
        }
        if (options.containsKey("seconds")) {
            md.line("| whole run | " + Markdown.duration(Double.parseDouble(options.get("seconds"))) + " |");
        }
        if (options.containsKey("settings")) {
            md.line("| settings | `" + options.get("settings") + "` |");
        }
        md.blank();
    }

    private void summary(Markdown md) {
        md.line("## Results").blank();
        md.line("| part | outcome | duration | seed | scale |").line("|---|---|---|---|---|");
        for (SuiteResult r : results) {
            md.line("| " + r.suite().title() + " (`" + r.suite().testClass() + "`) | " + r.outcome().text() + " | "
                    + r.outcome().durationText() + " | " + r.figures().getOrDefault("seed", "—") + " | "
                    + r.suite().scale(r.figures()) + " |");
        }
        md.blank();
    }

    private static void details(Markdown md, SuiteResult r) {
        md.line("## " + r.suite().title()).blank().line(r.suite().description()).blank();
        if (!r.figures().isEmpty()) {
            md.line("| figure | value |").line("|---|---|");
            r.figures().forEach((name, value) -> md.line("| " + name + " | " + Markdown.cell(value) + " |"));
            md.blank();
        }
        if (!r.fragment().isEmpty()) {
            // the test's own Markdown, its headings moved below this section's
            r.fragment().lines().forEach(l -> md.line(l.startsWith("#") ? "##" + l : l));
            md.blank();
        }
        if (r.figures().isEmpty() && r.fragment().isEmpty()) {
            md.line(r.outcome().ran() ? "The test wrote no figures."
                    : "Not run (" + r.outcome().text().replace("*", "") + ").").blank();
        }
    }

    private void reproduce(Markdown md) {
        md.line("What the hostile-input suite sends, the engine bugs it found and the request limits are described in "
                + "[hostile-input-and-load.md](hostile-input-and-load.md).").blank();
        md.line("## How to reproduce").blank().line("```sh");
        md.line("# the whole suite; rewrites this file");
        md.line("./vfmigrate chaos");
        md.line("# again with this run's seed for every part");
        md.line("VFMIGRATE_CHAOS_SEED=" + options.getOrDefault("seed", "<seed>") + " ./vfmigrate chaos");
        md.line("# one part, e.g. the process crashes with this run's seed:");
        SuiteResult crashes = results.stream().filter(r -> r.suite().testClass().equals("ProcessCrashChaosIT"))
                .findFirst().orElse(null);
        String rerun = crashes == null ? "-Dchaos.kills=50" : crashes.figures().getOrDefault("rerun", "-Dchaos.kills=50");
        md.line("mvn -B -pl backend -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \\");
        md.line("    -Dit.test=ProcessCrashChaosIT " + rerun);
        md.line("```").blank();
        md.line("Settings of `./vfmigrate chaos` (environment): `VFMIGRATE_CHAOS_SEED` (default: the clock), "
                + "`VFMIGRATE_CHAOS_KILLS` (50), `VFMIGRATE_CHAOS_STORM_SECONDS` (300), "
                + "`VFMIGRATE_CHAOS_TWO_ENGINE_SECONDS` (180), `VFMIGRATE_CHAOS_HOSTILE_REQUESTS` (5000), "
                + "`VFMIGRATE_CHAOS_LOAD_SECONDS` (120). The seed fixes every choice a part makes and when it makes "
                + "it (which request, which host, how long until the next kill), not how the engine's threads "
                + "interleave: a rerun takes the same decisions, and its kills land near, not exactly at, the same "
                + "points.").blank();
    }

    private static List<Suite> suites(Path figures) throws IOException {
        List<Suite> suites = new ArrayList<>(SuiteTexts.KNOWN);
        if (Files.isDirectory(figures)) {
            try (Stream<Path> files = Files.list(figures)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted()
                        .map(n -> n.substring(0, n.length() - 4))
                        .filter(n -> suites.stream().noneMatch(s -> s.testClass().equals(n)))
                        .forEach(n -> suites.add(Suite.other(n)));
            }
        }
        return suites;
    }

    private static Map<String, String> readFigures(Path file) throws IOException {
        Map<String, String> figures = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    figures.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return figures;
    }

    private static String readFragment(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
    }

    /** Whether the compiled tests have the class (a part from other work may not be in this build yet). */
    private static boolean isInBuild(Path classes, String simpleName) throws IOException {
        if (!Files.isDirectory(classes)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.anyMatch(f -> f.getFileName().toString().equals(simpleName + ".class"));
        }
    }

    private record SuiteResult(Suite suite, SuiteOutcome outcome, Map<String, String> figures, String fragment) {
    }
}
