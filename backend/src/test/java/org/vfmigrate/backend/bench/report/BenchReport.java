package org.vfmigrate.backend.bench.report;

import static org.vfmigrate.backend.bench.report.Markdown.num;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes docs/benchmarks.md from one run of {@code ./vfmigrate bench}: the JMH results ({@code -rf json}), the
 * scenarios' {@code scenario.json}, the machine, the date, the commit and how long each part took. Every figure
 * comes from the run; a missing result stops the report rather than leaving a stale figure in place.
 *
 * <p>Arguments as {@code key=value}: {@code doc}, {@code scenario}, {@code jmh} (comma-separated files),
 * {@code commit}, and optionally {@code timings} (a file of {@code part<TAB>seconds} lines the launcher wrote)
 * and {@code load} (the load average when the run started).
 */
public final class BenchReport {

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                a.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        for (String required : List.of("doc", "scenario", "jmh", "commit")) {
            if (!a.containsKey(required) || a.get(required).isBlank()) {
                System.err.println("usage: BenchReport doc=FILE scenario=FILE jmh=FILE,... commit=SHA [timings=FILE] [load=X]");
                System.exit(2);
            }
        }
        List<Path> jmhFiles = new ArrayList<>();
        for (String f : a.get("jmh").split(",")) {
            jmhFiles.add(Path.of(f));
        }
        JsonNode scenario = new ObjectMapper().readTree(Path.of(a.get("scenario")).toFile());
        Map<String, String[]> timings = timings(a.get("timings"));
        String text = render(JmhResults.read(jmhFiles), scenario, Machine.current(), a.get("commit"), timings,
                a.getOrDefault("load", "?"), loadNow(), ZonedDateTime.now(ZoneOffset.UTC));
        Files.writeString(Path.of(a.get("doc")), text);
        System.out.println("wrote " + a.get("doc"));
    }

    static String render(JmhResults jmh, JsonNode scenario, Machine machine, String commit, Map<String, String[]> timings,
            String loadAtStart, String loadAtEnd, ZonedDateTime when) {
        for (String part : List.of("zero", "realistic", "evacuation", "scale")) {
            if (!scenario.has(part)) {
                throw new IllegalStateException("scenario.json has no '" + part + "' figures: run all parts");
            }
        }
        Goals goals = new Goals();
        Markdown body = new Markdown();
        new JmhSections(jmh, goals).write(body);
        new ZeroLatencySection(scenario.get("zero"), goals).write(body);
        new RealisticSection(scenario.get("realistic"), scenario.get("evacuation"), goals).write(body);
        new ScaleSection(scenario.get("scale"), goals).write(body);

        Markdown md = new Markdown();
        String mode = scenario.get("mode").asText();
        md.heading(1, "Benchmarks");
        md.paragraph("Written by `./vfmigrate bench" + (mode.equals("quick") ? " --quick" : "") + "` (**" + mode
                        + "** mode) on " + when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT))
                        + " at commit `" + commit + "`. Every figure below comes from that run; rerun the command to",
                "refresh this page rather than editing it." + (mode.equals("quick")
                        ? " **Quick mode** runs fewer iterations and a smaller scale scenario: its figures are for a"
                        + " first look; the full mode's are the ones to quote." : ""));
        Markdown.Table header = new Markdown.Table("", "");
        header.row("machine", machine.describe());
        header.row("JVM", machine.jvm() + ", default options; JMH forks a JVM per benchmark, the scenarios share one,"
                + " start-ups launch the engine jar");
        header.row("database", "embedded PostgreSQL 15 (zonky, `fsync` off as zonky configures test instances) on the"
                + " same machine");
        header.row("load", "load average " + loadAtStart + " when the run started, " + loadAtEnd + " when the report"
                + " was written (" + machine.cores() + " cores; other processes may have shared them)");
        header.row("JMH options", jmh.get("DomainXmlBenchmark.buildDomainXml").options());
        header.row("duration", durations(timings, scenario));
        md.table(header);
        md.heading(2, "Summary");
        md.paragraph("The goals are those of DESIGN §8; where it sets none (lists, the monitoring round, start-up), the",
                "check named is this page's own, or the figures are only reported.");
        md.table(goals.table());
        return md + body.toString() + reproduce();
    }

    private static String durations(Map<String, String[]> timings, JsonNode scenario) {
        List<String> parts = new ArrayList<>();
        double total = 0;
        for (var t : timings.entrySet()) {
            double s = Double.parseDouble(t.getValue()[0]);
            parts.add(t.getKey() + " " + minutes(s) + (t.getValue().length > 1 ? " (load " + t.getValue()[1] + ")" : ""));
            total += s;
        }
        Map<String, String> names = Map.of("zero", "zero latency", "realistic", "realistic latencies",
                "evacuation", "evacuation", "scale", "scale");
        for (String part : List.of("zero", "realistic", "evacuation", "scale")) {
            JsonNode figures = scenario.get(part);
            double s = figures.get("seconds").asDouble();
            parts.add(names.get(part) + " " + minutes(s) + (figures.has("load_at_start")
                    ? " (load " + figures.get("load_at_start").asText() + ")" : ""));
            total += s;
        }
        return String.join(", ", parts) + "; **total " + minutes(total) + "** (load: the 1-minute load average when"
                + " the part started)";
    }

    private static String minutes(double seconds) {
        return seconds < 90 ? num(seconds) + " s" : String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }

    private static String reproduce() {
        return new Markdown().heading(2, "Reproduce everything")
                .code("./vfmigrate bench           # full mode: every part, then rewrites docs/benchmarks.md",
                        "./vfmigrate bench --quick   # a few minutes: 3 × 1 s JMH warm-up, 50 hosts / 1,250 VMs")
                .paragraph("The launcher needs no installed artifacts: it runs the JMH benchmarks of dal, vdsbroker and",
                        "backend in one reactor build (`mvn -B -pl backend -am -Pbench -DskipTests verify` with",
                        "`-Dbench.args=\"… -foe true -rf json -rff target/jmh-result.json\"`: a benchmark that fails stops the run),",
                        "then the scenarios and this report",
                        "(`mvn -B -pl backend -am -Pscenario,bench-report -DskipTests verify`). Each section above gives",
                        "the command for its own part.")
                .toString();
    }

    /** {@code part<TAB>seconds[<TAB>load]} lines, by part. */
    private static Map<String, String[]> timings(String file) throws IOException {
        Map<String, String[]> timings = new LinkedHashMap<>();
        if (file == null || !Files.exists(Path.of(file))) {
            return timings;
        }
        for (String line : Files.readAllLines(Path.of(file))) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                timings.put(f[0], java.util.Arrays.copyOfRange(f, 1, f.length));
            }
        }
        return timings;
    }

    private static String loadNow() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
