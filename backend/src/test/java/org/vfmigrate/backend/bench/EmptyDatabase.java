package org.vfmigrate.backend.bench;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.dal.db.SchemaMigrator;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * A second database on the benchmark's PostgreSQL with the schema and nothing else, so that engine start-ups on
 * an empty database and on a full one can alternate in the same run (other processes then weigh on both alike).
 * Dropped when closed.
 */
final class EmptyDatabase implements AutoCloseable {

    private static final String NAME = "vfmigrate_bench_empty";

    private final String jdbcUrl;

    private EmptyDatabase(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static EmptyDatabase create() {
        JdbcTemplate server = BenchEngine.database();
        server.execute("drop database if exists " + NAME);
        server.execute("create database " + NAME);
        EmptyDatabase empty = new EmptyDatabase(withDatabase(TestDatabase.get().jdbcUrl(), NAME));
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(empty.jdbcUrl);
        ds.setUser(TestDatabase.get().user());
        ds.setPassword(TestDatabase.get().password());
        SchemaMigrator.migrate(ds);
        return empty;
    }

    /** {@code jdbc:postgresql://host:port/postgres?user=x} with another database name. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
        int slash = url.lastIndexOf('/', query);
        return url.substring(0, slash + 1) + database + url.substring(query);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        BenchEngine.database().execute("drop database if exists " + NAME + " with (force)");
    }
}
