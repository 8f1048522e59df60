package org.vfmigrate.backend.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What the engine's tables hold at one moment: the row count of every table and a checksum of its rows (each row
 * as PostgreSQL's text form, hashed, sorted, hashed again). Two snapshots differ when any row was added, removed
 * or changed; tables whose rows the engine rewrites on its own (its heartbeat) are compared by row count only.
 */
public final class DatabaseSnapshot {

    private final Map<String, String> tables;

    private DatabaseSnapshot(Map<String, String> tables) {
        this.tables = tables;
    }

    /** Reads every table of the public schema but Flyway's history, in one statement. */
    public static DatabaseSnapshot take(DataSource dataSource, Set<String> countOnly) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> names = tableNames(st);
            List<String> parts = new ArrayList<>();
            for (String name : names) {
                String checksum = countOnly.contains(name) ? "''"
                        : "coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '')";
                parts.add("select '" + name + "', count(*), " + checksum + " from " + name + " t");
            }
            Map<String, String> state = new TreeMap<>();
            try (ResultSet rs = st.executeQuery(String.join(" union all ", parts))) {
                while (rs.next()) {
                    state.put(rs.getString(1), rs.getLong(2) + " rows " + rs.getString(3));
                }
            }
            return new DatabaseSnapshot(state);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the test database", e);
        }
    }

    private static List<String> tableNames(Statement st) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename <> 'flyway_schema_history' order by tablename")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The tables whose rows differ from {@code earlier}, each as "table: before -> after"; empty when none. */
    public List<String> changesSince(DatabaseSnapshot earlier) {
        List<String> changes = new ArrayList<>();
        Set<String> all = new java.util.TreeSet<>(tables.keySet());
        all.addAll(earlier.tables.keySet());
        for (String table : all) {
            String before = earlier.tables.get(table);
            String after = tables.get(table);
            if (before == null || !before.equals(after)) {
                changes.add(table + ": " + before + " -> " + after);
            }
        }
        return changes;
    }

    public int tableCount() {
        return tables.size();
    }
}
