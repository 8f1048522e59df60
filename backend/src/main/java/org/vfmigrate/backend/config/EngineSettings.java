package org.vfmigrate.backend.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.Environment;
import org.vfmigrate.dal.db.DatabaseSettings;
import org.vfmigrate.dal.db.InvalidSettingException;

/**
 * The engine's settings. Each is an environment variable that may also be written, with the same key, in an
 * {@code application.properties} file (working directory or {@code ./config/}); the environment wins.
 * {@link #from} checks them all and names the first unusable one.
 */
public record EngineSettings(int port, String bind, Path dataDirectory, String adminPassword, String userPassword,
        boolean demo) {

    public static final String PORT = "VFMIGRATE_PORT";
    public static final String BIND = "VFMIGRATE_BIND";
    public static final String ADMIN_PASSWORD = "VFMIGRATE_ADMIN_PASSWORD";
    public static final String USER_PASSWORD = "VFMIGRATE_USER_PASSWORD";
    public static final String DEMO = "VFMIGRATE_DEMO";

    public static EngineSettings from(Environment env) {
        int port = InvalidSettingException.parsePort(PORT, env.getProperty(PORT, "8080").trim(), 0);
        String bind = env.getProperty(BIND, "127.0.0.1").trim();
        requireAddress(bind);
        DatabaseSettings db = DatabaseSettings.from(env);
        requireWritableDirectory(db.dataDirectory());
        String demo = env.getProperty(DEMO, "true").trim();
        if (!demo.equalsIgnoreCase("true") && !demo.equalsIgnoreCase("false")) {
            throw new InvalidSettingException(DEMO, demo, "true or false");
        }
        return new EngineSettings(port, bind, db.dataDirectory(), blankToNull(env.getProperty(ADMIN_PASSWORD)),
                blankToNull(env.getProperty(USER_PASSWORD)), Boolean.parseBoolean(demo));
    }

    private static void requireAddress(String bind) {
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException | SecurityException e) {
            throw new InvalidSettingException(BIND, bind, "an IP address or host name of this machine");
        }
    }

    private static void requireWritableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new InvalidSettingException(DatabaseSettings.DATA_DIR, dir.toString(),
                    "a directory the engine can create and write (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidSettingException(DatabaseSettings.DATA_DIR, dir.toString(), "a writable directory");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
