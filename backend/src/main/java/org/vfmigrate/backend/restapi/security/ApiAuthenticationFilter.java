package org.vfmigrate.backend.restapi.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vfmigrate.backend.bll.CurrentUser;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.FaultWriter;

/**
 * Every request under {@code /ovirt-engine/api} needs HTTP Basic or a bearer token from the SSO endpoint:
 * 401 without valid credentials, 403 when the read-only user tries anything but reading. The user is known to
 * the engine for the length of the request, so audit entries name them.
 */
@Component
@Order(ApiAuthenticationFilter.ORDER)
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    /** After Spring's own filters (encoding, request context), before the checks that need a known user. */
    public static final int ORDER = 0;

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiUsers users;
    private final TokenStore tokens;

    public ApiAuthenticationFilter(ApiUsers users, TokenStore tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(ApiPaths.ROOT) || path.startsWith(ApiPaths.ROOT + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineUser> user = authenticate(request.getHeader("Authorization"));
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"vfmigrate\"");
            FaultWriter.write(request.getHeader("Accept"), response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Unauthorized",
                    "Authentication required: use HTTP Basic or a bearer token from " + ApiPaths.TOKEN + ".");
            return;
        }
        if (!user.get().admin() && !READ_METHODS.contains(request.getMethod())) {
            FaultWriter.write(request.getHeader("Accept"), response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "User " + user.get().name() + " may only read.");
            return;
        }
        CurrentUser.set(user.get());
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentUser.clear();
        }
    }

    private Optional<EngineUser> authenticate(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.userOf(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
        return Optional.empty();
    }
}
