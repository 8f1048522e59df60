package org.vfmigrate.backend.demo.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The figures the engine recorded for each migration (VF unplug, the migration itself, the stop-and-copy downtime,
 * the degraded window without VF, the network outage), as a text table, one row per VM.
 */
final class SummaryTable {

    private static final String ROW = "  %-12s %-15s %8s %9s %8s %8s %8s%n";

    private SummaryTable() {
    }

    static void print(List<MigrationStatus> finished, PrintStream out) {
        out.printf(Locale.ROOT, ROW, "VM", "NIC", "unplug", "migration", "downtime", "degraded", "outage");
        for (MigrationStatus s : finished) {
            JsonNode m = s.migration();
            out.printf(Locale.ROOT, ROW, s.vm().name(), s.vm().nicShort(), ms(m, "unplug_ms"), ms(m, "migration_ms"),
                    ms(m, "downtime_ms"), ms(m, "degraded_ms"), ms(m, "outage_ms"));
        }
    }

    private static String ms(JsonNode migration, String field) {
        JsonNode value = migration.path(field);
        return value.isMissingNode() || value.isNull() ? "-" : duration(value.asLong());
    }

    /** {@code 300 ms} below a second, {@code 4.12 s} above. */
    static String duration(long millis) {
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
