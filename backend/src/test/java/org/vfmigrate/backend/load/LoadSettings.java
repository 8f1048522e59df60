package org.vfmigrate.backend.load;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a load run goes: which engine, as whom, how many clients for how long, the seed of their choices, and where
 * to write the Markdown figures (null for nowhere).
 */
public record LoadSettings(String baseUrl, String user, String password, int clients, Duration duration, long seed,
        Path markdown) {

    /**
     * Settings from system properties, with defaults for a short run: {@code load.clients} (8),
     * {@code load.seconds} (10), {@code load.seed} (random) and {@code load.report} (a Markdown file, none).
     */
    public static LoadSettings fromSystemProperties(String baseUrl, String user, String password) {
        String report = System.getProperty("load.report");
        return new LoadSettings(baseUrl, user, password, Integer.getInteger("load.clients", 8),
                Duration.ofSeconds(Long.getLong("load.seconds", 10)),
                Long.getLong("load.seed", new java.util.Random().nextLong()),
                report == null || report.isBlank() ? null : Path.of(report));
    }
}
