package org.vfmigrate.backend.demo.migration;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows the migrations as they run, under a header, one line each: a progress bar, the percentage, what is
 * happening, which path the guest's traffic is on, and the time since the migration began — within 80 columns, so
 * that a terminal redraws the lines in place without wrapping them. Without a terminal (a pipe, a log) a line is
 * printed whenever a migration's phase, progress or traffic changes.
 */
final class ProgressBoard {

    private static final int BAR = 16;
    private static final String LINE = "  %-11s [%s] %3d%%  %-23s  %-7s%5.1f s";
    static final String HEADER = String.format(Locale.ROOT, "  %-11s %-23s  %-23s  %-7s%7s", "VM", "progress",
            "phase", "traffic", "time");
    private static final String CLEAR_LINE = "\r\033[2K";

    private final PrintStream out;
    private final boolean redraw;
    private final Map<String, String> lastShown = new HashMap<>();
    private boolean headerShown;
    private int linesDrawn;

    /**
     * @param redraw whether {@code out} is a terminal that understands cursor movement
     */
    ProgressBoard(PrintStream out, boolean redraw) {
        this.out = out;
        this.redraw = redraw;
    }

    /** Whether standard output looks like a terminal that can redraw lines. */
    static boolean terminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    void show(List<MigrationStatus> statuses, Instant now) {
        if (!headerShown) {
            out.println(HEADER);
            headerShown = true;
        }
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
        return String.format(Locale.ROOT, LINE, s.vm().name(), "#".repeat(filled) + "-".repeat(BAR - filled),
                s.percent(), activity(s), s.traffic().toUpperCase(Locale.ROOT), elapsed(s, now));
    }

    private static String activity(MigrationStatus s) {
        return switch (s.phase()) {
            case "reserved" -> "reserving a VF";
            case "unplugging" -> "unplugging the VF";
            case "migrating" -> "migrating, " + s.stepProgress("migrating") + " % copied";
            case "plugging" -> "plugging the VF";
            case "done" -> "done";
            case "undoing" -> "failed, undoing";
            case "undone" -> "failed, undone";
            default -> s.phase();
        };
    }

    private static double elapsed(MigrationStatus s, Instant now) {
        String start = s.migration().path("start_time").asText("");
        if (start.isEmpty()) {
            return 0;
        }
        String end = s.migration().path("end_time").asText("");
        Instant until = end.isEmpty() ? now : DemoTimelines.parse(end);
        return Duration.between(DemoTimelines.parse(start), until).toMillis() / 1000.0;
    }
}
