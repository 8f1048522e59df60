package org.vfmigrate.dal.db;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where the engine's PostgreSQL is: an external server when {@code VFMIGRATE_DB_URL} is set, otherwise the
 * embedded one kept under {@code <VFMIGRATE_DATA_DIR>/db} on {@code VFMIGRATE_DB_PORT}. Each key is read from the
 * environment or from an application properties file, the environment winning.
 */
public record DatabaseSettings(String url, String user, String password, Path dataDirectory, int embeddedPort) {

    public static final String URL = "VFMIGRATE_DB_URL";
    public static final String USER = "VFMIGRATE_DB_USER";
    public static final String PASSWORD = "VFMIGRATE_DB_PASSWORD";
    public static final String PORT = "VFMIGRATE_DB_PORT";
    public static final String DATA_DIR = "VFMIGRATE_DATA_DIR";
    public static final int DEFAULT_EMBEDDED_PORT = 54329;
    public static final String DEFAULT_DATA_DIR = "./var";

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }

    /** The embedded server's data directory. */
    public Path embeddedDirectory() {
        return dataDirectory.resolve("db");
    }

    /** Reads the settings; throws {@link InvalidSettingException} naming the key of an unusable value. */
    public static DatabaseSettings from(Environment env) {
        String url = env.getProperty(URL, "").trim();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            throw new InvalidSettingException(URL, url, "a PostgreSQL JDBC URL such as jdbc:postgresql://db:5432/engine");
        }
        String portText = env.getProperty(PORT, String.valueOf(DEFAULT_EMBEDDED_PORT)).trim();
        int port = InvalidSettingException.parsePort(PORT, portText);
        Path dir = Path.of(env.getProperty(DATA_DIR, DEFAULT_DATA_DIR).trim()).toAbsolutePath().normalize();
        return new DatabaseSettings(url, env.getProperty(USER, "postgres"), env.getProperty(PASSWORD, ""), dir, port);
    }
}
