package org.vfmigrate.backend.restapi.security;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiPaths;

/**
 * oVirt's SSO logout, where the oVirt SDKs send their token when a connection is closed: the form field
 * {@code token} (or a bearer {@code Authorization}) names the session to end. The answer is JSON, as the SDKs
 * parse it: an empty object once the token no longer works, including for a token that had already expired or
 * never existed (as OAuth revocation, RFC 7009 §2.2, treats them); {@code error_code} and {@code error} when no
 * token was named.
 */
@RestController
public class SsoLogoutResource {

    private final TokenStore tokens;

    public SsoLogoutResource(TokenStore tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = ApiPaths.SSO_LOGOUT, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> logout(@RequestParam(required = false) String token,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        String named = token != null && !token.isBlank() ? token.trim() : bearer(authorization);
        if (named == null) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error_code", "invalid_request",
                    "error", "Name the token to revoke in the 'token' form field."));
        }
        tokens.revoke(named);
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(Map.of());
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }
}
