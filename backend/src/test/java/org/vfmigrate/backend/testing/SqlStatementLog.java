package org.vfmigrate.backend.testing;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records every SQL statement Hibernate prepares (entity loads and flushes, JPQL and native queries), so that a
 * test or a benchmark can count the statements one operation needs, with the thread that ran each (a benchmark
 * leaves out the periodic jobs' threads). Plugged in with
 * {@code spring.jpa.properties.hibernate.session_factory.statement_inspector}.
 */
public class SqlStatementLog implements StatementInspector {

    /** One statement and the thread that prepared it. */
    public record Statement(String thread, String sql) {
    }

    private static final List<Statement> STATEMENTS = new ArrayList<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (STATEMENTS) {
                STATEMENTS.add(new Statement(Thread.currentThread().getName(), sql));
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
        return stopWithThreads().stream().map(Statement::sql).toList();
    }

    /** Stops recording; returns what was recorded since {@link #start}, with the threads. */
    public static List<Statement> stopWithThreads() {
        recording = false;
        synchronized (STATEMENTS) {
            return new ArrayList<>(STATEMENTS);
        }
    }
}
