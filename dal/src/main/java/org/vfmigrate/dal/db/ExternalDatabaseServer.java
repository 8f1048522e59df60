package org.vfmigrate.dal.db;

/** A PostgreSQL server run by someone else, reached by its JDBC URL. */
record ExternalDatabaseServer(String jdbcUrl, String user, String password) implements DatabaseServer {

    @Override
    public void close() {
        // not ours to stop
    }
}
