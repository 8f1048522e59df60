package org.vfmigrate.backend.demo.migration;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows the migrations as they run, one line each: a progress bar, the percentage, what is happening, which path
 * the guest's traffic is on, and the time since the migration began. On a terminal the lines are redrawn in place;
 * otherwise (a pipe, a log) a line is printed whenever a migration's phase, progress or traffic changes.
 */
final class ProgressBoard {

    private static final int BAR = 24;
    private static final String CLEAR_LINE = "\r\033[2K";

    private final PrintStream out;
    private final boolean redraw;
    private final String destination;
    private final Map<String, String> lastShown = new HashMap<>();
    private int linesDrawn;

    /**
     * @param redraw whether {@code out} is a terminal that understands cursor movement
     * @param destination the host the VMs go to, for the phase texts
     */
    ProgressBoard(PrintStream out, boolean redraw, String destination) {
        this.out = out;
        this.redraw = redraw;
        this.destination = destination;
    }

    /** Whether standard output looks like a terminal that can redraw lines. */
    static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    void show(List<MigrationStatus> statuses, Instant now) {
        if (redraw) {
            if (linesDrawn > 0) {
                out.print("\033[" + linesDrawn + "A");
            }
            for (MigrationStatus s : statuses) {
                out.print(CLEAR_LINE + line(s, now) + "\n");
            }
            linesDrawn = statuses.size();
        } else {
            for (MigrationStatus s : statuses) {
                String state = s.phase() + "/" + s.percent() + "/" + s.traffic();
                if (!state.equals(lastShown.put(s.vm().name(), state))) {
                    out.println(line(s, now));
                }
            }
        }
        out.flush();
    }

    String line(MigrationStatus s, Instant now) {
        int filled = s.percent() * BAR / 100;
        return String.format(Locale.ROOT, "  %-12s [%s%s] %3d%%  %-38s traffic on %-7s %5.1f s", s.vm().name(),
                "#".repeat(filled), "-".repeat(BAR - filled), s.percent(), activity(s), s.traffic().toUpperCase(Locale.ROOT),
                elapsed(s, now));
    }

    private String activity(MigrationStatus s) {
        return switch (s.phase()) {
            case "reserved" -> "reserving a VF on " + destination;
            case "unplugging" -> "unplugging the VF (guest releasing it)";
            case "migrating" -> "migrating, " + s.stepProgress("migrating") + " % of memory copied";
            case "plugging" -> "plugging the VF on " + destination;
            case "done" -> "done";
            case "undoing" -> "failed, undoing";
            case "undone" -> "failed and undone";
            default -> s.phase();
        };
    }

    private static double elapsed(MigrationStatus s, Instant now) {
        String start = s.migration().path("start_time").asText("");
        if (start.isEmpty()) {
            return 0;
        }
        String end = s.migration().path("end_time").asText("");
        Instant until = end.isEmpty() ? now : Instant.parse(end);
        return Duration.between(Instant.parse(start), until).toMillis() / 1000.0;
    }
}
