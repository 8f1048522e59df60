package org.vfmigrate.backend.reliability;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database of an engine process, read directly as the engine's invariants need it: one connection (user
 * {@code postgres}, no password), opened on first use and closed with this. One thread uses it at a time. Close it
 * before restarting a killed engine, whose next start stops the PostgreSQL the kill left running.
 */
final class ProcessDatabase implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;

    ProcessDatabase(String url) {
        dataSource = new SingleConnectionDataSource(url + "?connectTimeout=5&socketTimeout=60", "postgres", "", true);
        jdbc = new JdbcTemplate(dataSource);
    }

    DataSource dataSource() {
        return dataSource;
    }

    int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }

    List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql);
    }

    /** {@code key → count} from a query selecting a label and a count, e.g. migrations by phase. */
    Map<String, Integer> counts(String sql) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
