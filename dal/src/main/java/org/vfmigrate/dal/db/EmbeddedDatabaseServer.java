package org.vfmigrate.dal.db;

import org.vfmigrate.common.errors.Causes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 15 (zonky binaries) with a persistent data directory and a fixed port. A postmaster
 * left running by an engine that was killed (SIGKILL skips every shutdown hook) is stopped before starting, so
 * the next start never hangs on it; a live engine using the same directory is refused instead.
 */
final class EmbeddedDatabaseServer implements DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    static EmbeddedDatabaseServer start(Path directory, int port) {
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        try {
            OrphanedPostmaster.stopIfRunning(directory);
            requireFreePort(port);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky's defaults suit throw-away test databases (-F, no synchronous commit); the engine's
                    // data must survive a power cut, so both are turned back on.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}", port, directory);
            return new EmbeddedDatabaseServer(pg, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (e instanceof InvalidSettingException ise) {
                throw ise;
            }
            throw new InvalidSettingException("the embedded PostgreSQL in " + directory + " did not start: "
                    + Causes.rootMessage(e));
        }
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // SO_REUSEADDR as PostgreSQL itself binds: TIME_WAIT leftovers are fine, a live listener is not.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new InvalidSettingException(DatabaseSettings.PORT + "=" + port
                    + " cannot be used: the port is already in use; choose another port for the embedded database");
        }
    }


    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        } finally {
            lock.close();
        }
    }

}
