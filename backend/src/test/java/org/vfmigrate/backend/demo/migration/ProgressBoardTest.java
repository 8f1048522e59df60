package org.vfmigrate.backend.demo.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress lines: the bar adds up the job's steps (the migrating step with the host's progress), the phase reads as
 * what is happening, and without a terminal a line is printed only when something changed.
 */
class ProgressBoardTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");
    private static final DemoVm VM = new DemoVm("failover-vm", "1", true);

    @Test
    void aMigrationHalfwayThroughItsCopyIsHalfDone() {
        MigrationStatus s = status("migrating", "virtio", step("unplugging_vfs", 100), step("migrating", 50));

        String line = new ProgressBoard(System.out, false).line(s, START.plusMillis(3400));

        assertThat(s.percent()).isEqualTo(50);
        assertThat(line).isEqualTo("  failover-vm [########--------]  50%  migrating, 50 % copied   VIRTIO   3.4 s");
        assertThat(line.length()).isLessThan(80);
        assertThat(new ProgressBoard(System.out, false).line(status("migrating", "none", step("migrating", 100)), START))
                .as("the widest phase").hasSizeLessThan(80).contains("migrating, 100 % copied  NONE");
        assertThat(ProgressBoard.HEADER.length()).isLessThan(80);
    }

    @Test
    void aDoneMigrationIsFullAndAnUndoneOneSaysSo() {
        assertThat(status("done", "vf", step("unplugging_vfs", 100)).percent()).isEqualTo(100);
        String undone = new ProgressBoard(System.out, false)
                .line(status("undone", "vf", step("unplugging_vfs", 100), step("migrating", 25)), START);
        assertThat(undone).contains(" 41%  failed, undone");
    }

    @Test
    void withoutATerminalOnlyChangesArePrinted() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBoard board = new ProgressBoard(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        MigrationStatus unplugging = status("unplugging", "vf", step("unplugging_vfs", 0));

        board.show(List.of(unplugging), START);
        board.show(List.of(unplugging), START.plusMillis(100));
        board.show(List.of(status("unplugging", "virtio", step("unplugging_vfs", 0))), START.plusMillis(200));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(ProgressBoard.HEADER);
        assertThat(lines.get(1)).contains("unplugging the VF").contains(" VF ");
        assertThat(lines.get(2)).contains("unplugging the VF").contains(" VIRTIO ");
    }

    private static MigrationStatus status(String phase, String traffic, JsonNode... steps) {
        JsonNode migration = JSON.createObjectNode().put("phase", phase).put("start_time", START.toString());
        return new MigrationStatus(VM, migration, List.of(steps), traffic);
    }

    private static JsonNode step(String kind, int progress) {
        return JSON.createObjectNode().put("type", "executing").put("kind", kind).put("progress", progress);
    }
}
