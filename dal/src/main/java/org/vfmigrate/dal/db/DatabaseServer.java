package org.vfmigrate.dal.db;

/** A running PostgreSQL the engine connects to: embedded (owned by this process) or external. */
public interface DatabaseServer extends AutoCloseable {

    String jdbcUrl();

    String user();

    String password();

    /** Stops an embedded server; nothing for an external one. */
    @Override
    void close();

    /** The server the settings describe, started if it is the embedded one. */
    static DatabaseServer start(DatabaseSettings settings) {
        if (settings.isExternal()) {
            return new ExternalDatabaseServer(settings.url(), settings.user(), settings.password());
        }
        return EmbeddedDatabaseServer.start(settings.embeddedDirectory(), settings.embeddedPort());
    }
}
