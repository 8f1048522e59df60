package org.vfmigrate.backend.testing;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records every SQL statement Hibernate prepares (entity loads and flushes, JPQL and native queries), so that a
 * test or a benchmark can count the statements one operation needs. Plugged in with
 * {@code spring.jpa.properties.hibernate.session_factory.statement_inspector}.
 */
public class SqlStatementLog implements StatementInspector {

    private static final List<String> STATEMENTS = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (STATEMENTS) {
                STATEMENTS.add(sql);
            }
        }
        return sql;
    }

    public static void start() {
        synchronized (STATEMENTS) {
            STATEMENTS.clear();
        }
        recording = true;
    }

    /** Stops recording; returns what was recorded since {@link #start}. */
    public static List<String> stop() {
        recording = false;
        synchronized (STATEMENTS) {
            return new ArrayList<>(STATEMENTS);
        }
    }
}
