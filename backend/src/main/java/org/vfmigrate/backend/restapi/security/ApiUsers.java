package org.vfmigrate.backend.restapi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.config.EngineSettings;

/**
 * The built-in users: {@code admin@internal} may do everything, {@code user@internal} may only read.
 * Passwords come from the settings or {@link CredentialsStore}; they are compared in constant time.
 */
@Component
public class ApiUsers {

    public static final String ADMIN = "admin@internal";
    public static final String READ_ONLY = "user@internal";

    private final CredentialsStore.Resolved admin;
    private final CredentialsStore.Resolved readOnly;

    public ApiUsers(EngineSettings settings) {
        this.admin = CredentialsStore.resolve(settings.dataDirectory(), "admin", settings.adminPassword());
        this.readOnly = CredentialsStore.resolve(settings.dataDirectory(), "user", settings.userPassword());
    }

    public Optional<EngineUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        if (ADMIN.equals(username) && matches(admin.password(), password)) {
            return Optional.of(new EngineUser(ADMIN, true));
        }
        if (READ_ONLY.equals(username) && matches(readOnly.password(), password)) {
            return Optional.of(new EngineUser(READ_ONLY, false));
        }
        return Optional.empty();
    }

    public CredentialsStore.Resolved admin() {
        return admin;
    }

    public CredentialsStore.Resolved readOnly() {
        return readOnly;
    }

    private static boolean matches(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
