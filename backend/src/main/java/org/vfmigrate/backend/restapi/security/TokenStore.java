package org.vfmigrate.backend.restapi.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.EngineUser;

/** Bearer tokens issued by the SSO token endpoint: random, expiring, and revoked at SSO logout. */
@Component
public class TokenStore {

    public static final Duration LIFETIME = Duration.ofHours(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    public TokenStore(Clock clock) {
        this.clock = clock;
    }

    /** An issued token and when it stops working. */
    public record Session(String token, EngineUser user, Instant expires) {
    }

    public Session issue(EngineUser user) {
        return issue(user, clock.instant().plus(LIFETIME));
    }

    /** A token for {@code user} that stops working at {@code expires}. */
    public Session issue(EngineUser user, Instant expires) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = new Session(token, user, expires);
        sessions.values().removeIf(s -> s.expires().isBefore(clock.instant()));
        sessions.put(token, session);
        return session;
    }

    public Optional<EngineUser> userOf(String token) {
        Session s = sessions.get(token);
        if (s == null) {
            return Optional.empty();
        }
        if (s.expires().isBefore(clock.instant())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.of(s.user());
    }

    /** Ends the token's session; a token that is unknown or already ended is left as it is. */
    public void revoke(String token) {
        sessions.remove(token);
    }
}
