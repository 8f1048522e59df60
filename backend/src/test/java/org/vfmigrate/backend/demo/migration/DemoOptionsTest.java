package org.vfmigrate.backend.demo.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's command line: where the SVG goes, help, and refusals that stop before any engine starts. */
class DemoOptionsTest {

    @TempDir
    Path dir;

    @Test
    void theTimelineGoesToTheWorkingDirectoryUnlessToldOtherwise() {
        assertThat(DemoOptions.parse().svg()).isEqualTo(Path.of("demo-timeline.svg"));
        assertThat(DemoOptions.parse("--out", dir.resolve("a.svg").toString()).svg()).isEqualTo(dir.resolve("a.svg"));
        assertThat(DemoOptions.parse("--out=" + dir.resolve("b.svg")).svg()).isEqualTo(dir.resolve("b.svg"));
        assertThat(DemoOptions.parse("-o", dir.resolve("c.svg").toString()).svg()).isEqualTo(dir.resolve("c.svg"));
        assertThat(DemoOptions.parse("--help").help()).isTrue();
    }

    @Test
    void unknownOptionsMissingNamesAndUnwritablePlacesAreRefused() {
        assertThatThrownBy(() -> DemoOptions.parse("--fast")).hasMessage("unknown option '--fast'");
        assertThatThrownBy(() -> DemoOptions.parse("--out")).hasMessage("--out needs a file name");
        assertThatThrownBy(() -> DemoOptions.parse("--out=")).hasMessage("--out needs a file name");
        assertThatThrownBy(() -> DemoOptions.parse("--out", dir.toString())).hasMessageEndingWith("it is a directory");
        assertThatThrownBy(() -> DemoOptions.parse("--out", dir.resolve("missing/x.svg").toString()))
                .hasMessageEndingWith("is not a writable directory");
    }

    @Test
    void badOptionsExitWithTwoAndTheUsageBeforeAnythingStarts() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = MigrationDemo.run(new String[] {"--bogus"}, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("vfmigrate demo: unknown option '--bogus'")
                .contains("usage: vfmigrate demo [--out FILE]");
        assertThat(Files.exists(Path.of("demo-timeline.svg"))).isFalse();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
