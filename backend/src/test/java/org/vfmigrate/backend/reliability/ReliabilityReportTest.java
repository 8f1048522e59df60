package org.vfmigrate.backend.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/reliability.md from the figures and failsafe reports of a run: outcomes, figures, parts not in the build. */
class ReliabilityReportTest {

    @TempDir
    Path dir;
    Path figures;
    Path reports;
    Path classes;

    @BeforeEach
    void layout() throws IOException {
        figures = Files.createDirectories(dir.resolve("reliability"));
        reports = Files.createDirectories(dir.resolve("failsafe-reports"));
        classes = Files.createDirectories(dir.resolve("test-classes/org/x"));
        for (String c : new String[] {"ProcessCrashChaosIT", "TwoEngineProcessesIT", "FaultStormIT"}) {
            Files.createFile(classes.resolve(c + ".class"));
        }
    }

    @Test
    void aPassedPartShowsItsOutcomeDurationSeedScaleAndFigures() throws IOException {
        Files.writeString(figures.resolve("ProcessCrashChaosIT.tsv"), "seed\t42\nkill points\t50\nrequests\ta | b\n");
        failsafe("ProcessCrashChaosIT", 1, 0, 754.2);

        String md = render();

        assertThat(md).contains("| Process crashes (`ProcessCrashChaosIT`) | passed | 12 min 34 s | 42 | kill points 50 |")
                .contains("| kill points | 50 |").contains("| requests | a \\| b |")
                .contains("| commit | `abc123` |").contains("| seed (every part) | 42 |");
    }

    @Test
    void aFailedPartFailsTheReport() throws IOException {
        failsafe("ProcessCrashChaosIT", 1, 0, 10);
        failsafe("FaultStormIT", 1, 0, 10);
        failsafe("TwoEngineProcessesIT", 1, 1, 61);
        ReliabilityReport report = report();

        assertThat(report.render()).contains("| Two engine processes on one database (`TwoEngineProcessesIT`) | "
                + "**failed** (1 of 1) | 1 min 1 s |");
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    void aPartOfOtherWorkNotInTheBuildIsListedWithoutFailingTheReport() throws IOException {
        failsafe("ProcessCrashChaosIT", 1, 0, 10);
        failsafe("FaultStormIT", 1, 0, 10);
        failsafe("TwoEngineProcessesIT", 1, 0, 10);
        ReliabilityReport report = report();

        assertThat(report.render()).contains("| Hostile API input (`HostileInputIT`) | not in this build | — | — | — |");
        assertThat(report.allPassed()).isTrue();
    }

    @Test
    void aPartInTheBuildThatDidNotRunFailsTheReport() throws IOException {
        failsafe("ProcessCrashChaosIT", 1, 0, 10);
        failsafe("FaultStormIT", 1, 0, 10);
        ReliabilityReport report = report();

        assertThat(report.render()).contains("| Two engine processes on one database (`TwoEngineProcessesIT`) | "
                + "**did not run** |");
        assertThat(report.allPassed()).isFalse();
    }

    @Test
    void aPartsOwnMarkdownGoesIntoItsSectionBelowItsHeading() throws IOException {
        Files.createFile(classes.resolve("BoundedLoadIT.class"));
        Files.writeString(figures.resolve("BoundedLoadIT.md"), "# Load\n\n| p50 | 3 ms |\n");

        String md = render();

        assertThat(md).contains("## Bounded load\n").contains("\n### Load\n\n| p50 | 3 ms |\n");
    }

    private String render() throws IOException {
        return report().render();
    }

    private ReliabilityReport report() {
        return new ReliabilityReport(Map.of("results", figures.toString(), "reports", reports.toString(),
                "classes", dir.resolve("test-classes").toString(), "commit", "abc123", "seed", "42",
                "date", "2025-01-01 00:00 UTC"));
    }

    private void failsafe(String simpleName, int tests, int failures, double seconds) throws IOException {
        Files.writeString(reports.resolve("TEST-org.x." + simpleName + ".xml"), "<?xml version=\"1.0\"?>"
                + "<testsuite name=\"org.x." + simpleName + "\" time=\"" + seconds + "\" tests=\"" + tests
                + "\" errors=\"0\" skipped=\"0\" failures=\"" + failures + "\"/>");
    }
}
