package org.vfmigrate.dal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.vfmigrate.dal.db.SchemaMigrator;

/**
 * One real PostgreSQL per test JVM: the embedded zonky server on a random port in a throw-away directory, or an
 * external server when {@code VFMIGRATE_TEST_DB_URL} is set. The schema comes from the Flyway migrations, once.
 * Spring tests point the engine at it with {@link #register}; tests that commit clean up with {@link #truncateAll}.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final DataSource dataSource;

    private TestDatabase(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        this.dataSource = ds;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            SchemaMigrator.migrate(instance.dataSource);
        }
        return instance;
    }

    private static TestDatabase start() {
        String external = System.getenv("VFMIGRATE_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new TestDatabase(external, env("VFMIGRATE_TEST_DB_USER", "postgres"),
                    env("VFMIGRATE_TEST_DB_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
            return new TestDatabase(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for tests did not start", e);
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null ? fallback : v;
    }

    /** Points an engine context at this database (as an external one, so no embedded server is started). */
    public static void register(DynamicPropertyRegistry registry) {
        TestDatabase db = get();
        registry.add("VFMIGRATE_DB_URL", () -> db.jdbcUrl);
        registry.add("VFMIGRATE_DB_USER", () -> db.user);
        registry.add("VFMIGRATE_DB_PASSWORD", () -> db.password);
        registry.add("VFMIGRATE_DB_POOL_SIZE", () -> "8");
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Empties every table the migrations created (not Flyway's history). An engine under test may still be
     * reading in the background (a scheduled job), and TRUNCATE can then lose a deadlock to it; it is retried.
     */
    public void truncateAll() {
        for (int attempt = 1; ; attempt++) {
            try {
                truncateOnce();
                return;
            } catch (IllegalStateException e) {
                if (attempt >= 10 || !(e.getCause() instanceof SQLException sql) || !"40P01".equals(sql.getSQLState())) {
                    throw e;
                }
                try {
                    Thread.sleep(50L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void truncateOnce() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                st.execute("truncate " + String.join(", ", tables) + " cascade");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clean the test database", e);
        }
    }
}
