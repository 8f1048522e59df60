package org.vfmigrate.backend.restapi.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Passwords of the two built-in users. A password given in the settings is used as is; one that is not is
 * generated at first start and kept in {@code <data dir>/credentials.properties} (readable by its owner only), so
 * it stays the same across restarts.
 */
public final class CredentialsStore {

    static final String FILE_NAME = "credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CredentialsStore() {
    }

    /** The password for {@code key}: the configured one, or the kept or newly generated one. */
    public static Resolved resolve(Path dataDirectory, String key, String configured) {
        if (configured != null) {
            return new Resolved(configured, false);
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties kept = load(file);
        String existing = kept.getProperty(key);
        if (existing != null && !existing.isBlank()) {
            return new Resolved(existing, true);
        }
        String generated = generate();
        kept.setProperty(key, generated);
        store(file, kept);
        return new Resolved(generated, true);
    }

    /** A password and whether the engine generated it. */
    public record Resolved(String password, boolean generated) {
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return p;
    }

    private static void store(Path file, Properties p) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "vfmigrate generated credentials; set VFMIGRATE_ADMIN_PASSWORD / VFMIGRATE_USER_PASSWORD instead");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
