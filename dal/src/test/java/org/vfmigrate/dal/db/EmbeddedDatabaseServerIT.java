package org.vfmigrate.dal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as the engine uses it: data survives a restart, a postmaster orphaned by a SIGKILLed
 * engine process does not block the next start, and a second live engine on the same directory is refused.
 */
class EmbeddedDatabaseServerIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesACleanRestart() throws Exception {
        int port = freePort();
        try (DatabaseServer server = EmbeddedDatabaseServer.start(dataDir.resolve("db"), port)) {
            execute(server, "create table kept (v text); insert into kept values ('still here')");
        }
        try (DatabaseServer server = EmbeddedDatabaseServer.start(dataDir.resolve("db"), port)) {
            assertThat(queryOne(server, "select v from kept")).isEqualTo("still here");
        }
    }

    @Test
    void engineDataIsWrittenDurably() throws Exception {
        try (DatabaseServer server = EmbeddedDatabaseServer.start(dataDir.resolve("db"), freePort())) {
            assertThat(queryOne(server, "show fsync")).isEqualTo("on");
            assertThat(queryOne(server, "show synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void postmasterLeftByAKilledEngineIsStoppedAndDataIsKept() throws Exception {
        int port = freePort();
        Path db = dataDir.resolve("db");
        Process engine = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                EmbeddedServerMain.class.getName(), db.toString(), String.valueOf(port))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(engine.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // wait for the child to have started PostgreSQL and written its row
            }
            assertThat(line).as("child engine output").isEqualTo("READY");
        }
        engine.destroyForcibly();
        assertThat(engine.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(OrphanedPostmaster.find(db)).as("postmaster survives its engine").isPresent();

        try (DatabaseServer server = EmbeddedDatabaseServer.start(db, port)) {
            assertThat(queryOne(server, "select v from kept")).isEqualTo("written before SIGKILL");
        }
        assertThat(OrphanedPostmaster.find(db)).isEmpty();
    }

    @Test
    void secondEngineOnTheSameDirectoryIsRefusedWithAClearReason() throws Exception {
        int port = freePort();
        try (DatabaseServer ignored = EmbeddedDatabaseServer.start(dataDir.resolve("db"), port)) {
            assertThatThrownBy(() -> EmbeddedDatabaseServer.start(dataDir.resolve("db"), freePort()))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("another vfmigrate engine is running");
        }
    }

    @Test
    void busyPortIsReportedAsASettingProblem() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedDatabaseServer.start(dataDir.resolve("db"), busy.getLocalPort()))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("VFMIGRATE_DB_PORT=" + busy.getLocalPort())
                    .hasMessageContaining("already in use");
        }
    }

    static void execute(DatabaseServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String queryOne(DatabaseServer server, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A stand-in engine process: starts the server, writes a row, says READY, and waits to be killed. */
    public static final class EmbeddedServerMain {
        public static void main(String[] args) throws Exception {
            DatabaseServer server = EmbeddedDatabaseServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
            execute(server, "create table kept (v text); insert into kept values ('written before SIGKILL')");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
