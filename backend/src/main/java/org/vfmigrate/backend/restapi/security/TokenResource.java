package org.vfmigrate.backend.restapi.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.bll.EngineUser;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.FaultText;

/**
 * The oVirt SSO token endpoint ({@code grant_type=password}), as the oVirt SDKs call it. Answers are JSON in
 * oVirt's shape: {@code access_token}, {@code token_type}, {@code exp}, {@code scope}; failures carry
 * {@code error_code} and {@code error}.
 */
@RestController
public class TokenResource {

    private final ApiUsers users;
    private final TokenStore tokens;

    public TokenResource(ApiUsers users, TokenStore tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @PostMapping(path = ApiPaths.TOKEN, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, String>> token(@RequestParam Map<String, String> form) {
        String grant = form.get("grant_type");
        if (!"password".equals(grant)) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                    "grant_type must be 'password', got '" + FaultText.quoted(String.valueOf(grant)) + "'.");
        }
        Optional<EngineUser> user = users.authenticate(form.get("username"), form.get("password"));
        if (user.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "access_denied",
                    "Cannot authenticate user '" + FaultText.quoted(String.valueOf(form.get("username")))
                            + "': the user name or password is incorrect.");
        }
        TokenStore.Session session = tokens.issue(user.get());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("access_token", session.token());
        body.put("token_type", "bearer");
        body.put("exp", String.valueOf(session.expires().toEpochMilli()));
        body.put("scope", form.getOrDefault("scope", "ovirt-app-api"));
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(body);
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String code, String text) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error_code", code);
        body.put("error", text);
        return ResponseEntity.status(status).body(body);
    }
}
