package org.vfmigrate.backend.demo.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.vfmigrate.backend.VfmigrateApplication;
import org.vfmigrate.backend.config.SettingsCheck;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.security.ApiUsers;
import org.vfmigrate.common.errors.Causes;

/**
 * A fresh engine for the demo, in this process: an embedded PostgreSQL in a new temporary directory on a free
 * port, the API on a free loopback port, no seeded data, a random administrator password, and only the engine's
 * built-in defaults (an {@code application.properties} in the working directory is not read; the command-line
 * settings given here win over the environment). Closing it stops the engine and deletes the directory.
 */
final class DemoEngine implements AutoCloseable {

    private final Path dataDirectory;
    private final ConfigurableApplicationContext context;
    private final DemoApi api;

    private DemoEngine(Path dataDirectory, ConfigurableApplicationContext context, DemoApi api) {
        this.dataDirectory = dataDirectory;
        this.context = context;
        this.api = api;
    }

    static DemoEngine start() {
        Path dir = createDataDirectory();
        String password = randomPassword();
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(VfmigrateApplication.class).listeners(new SettingsCheck())
                    .logStartupInfo(false).run(settings(dir, password).toArray(String[]::new));
        } catch (RuntimeException e) {
            delete(dir);
            throw new DemoFailure("the engine did not start: " + Causes.rootMessage(e), e);
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new DemoEngine(dir, context,
                new DemoApi("http://127.0.0.1:" + port + ApiPaths.ROOT, ApiUsers.ADMIN, password));
    }

    private static List<String> settings(Path dir, String password) {
        return List.of("--spring.config.location=classpath:/application.properties",
                "--VFMIGRATE_DATA_DIR=" + dir, "--VFMIGRATE_DB_URL=", "--VFMIGRATE_DB_PORT=" + freePort(),
                "--VFMIGRATE_PORT=0", "--VFMIGRATE_BIND=127.0.0.1", "--VFMIGRATE_DEMO=false",
                "--VFMIGRATE_ADMIN_PASSWORD=" + password, "--VFMIGRATE_USER_PASSWORD=" + randomPassword(),
                "--VFMIGRATE_UNPLUG_TIMEOUT_S=30", "--VFMIGRATE_PLUG_TIMEOUT_S=60",
                "--VFMIGRATE_MIGRATION_TIMEOUT_S=600", "--VFMIGRATE_BALANCING_INTERVAL_MS=3600000",
                "--logging.level.org.vfmigrate=WARN", "--vfmigrate.ready-banner=false");
    }

    DemoApi api() {
        return api;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            delete(dataDirectory);
        }
    }

    private static Path createDataDirectory() {
        try {
            return Files.createTempDirectory("vfmigrate-demo-");
        } catch (IOException e) {
            throw new DemoFailure("cannot create a temporary data directory: " + e.getMessage(), e);
        }
    }

    /** A port free on loopback right now, for the embedded PostgreSQL. */
    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new DemoFailure("cannot find a free port: " + e.getMessage(), e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("vfmigrate demo: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
