package org.vfmigrate.backend.restapi.hostile;

import static org.vfmigrate.backend.restapi.hostile.HostileStrings.pick;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Attacks on everything but the body: credentials, the read-only role, ids in the path, methods, query
 * parameters, Accept headers, paths that do not exist, and the SSO token endpoint. Requests that write carry a
 * body the endpoint would act on, so only the guard under attack stands between them and a change.
 */
final class RequestAttacks {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static final List<String> RAW_SEGMENTS = List.of("%00", "%2F", "%5C", "..%2F..%2Fetc%2Fpasswd", "%C0%AE%C0%AE",
            "%FF%FE", "%E2%80%AE", "a%0D%0Ab", "x;y=z", "%25", "%2e%2e%2f", "%20", "%09");

    private final Random random;
    private final Targets targets;
    private final Credentials credentials;
    private final Map<String, Set<String>> methodsByPath = ApiEndpoints.methodsByPath();

    RequestAttacks(Random random, Targets targets, Credentials credentials) {
        this.random = random;
        this.targets = targets;
        this.credentials = credentials;
    }

    Draft auth(Endpoint e, Map<String, String> world, int n) {
        String[] bad = credentials.bad(random);
        Draft d = withValidBody(new Draft(bad[0], e.method(), Targets.path(e, world), Set.of(401)), e, world, n);
        if (bad[1] != null) {
            d.header("Authorization", bad[1]);
        }
        return d;
    }

    Draft readOnly(Endpoint e, Map<String, String> world, int n) {
        Draft d = withValidBody(new Draft(e.writes() ? "write" : "admin-only-read", e.method(), Targets.path(e, world),
                Set.of(403)), e, world, n);
        return d.header("Authorization", credentials.readOnly(random));
    }

    Draft unknownId(Endpoint e, Map<String, String> world, int n) {
        String placeholder = pick(random, e.placeholders());
        String id = targets.unknownId(random, placeholder, world);
        return admin(withValidBody(new Draft(placeholder, e.method(), Targets.path(e, world, placeholder, id),
                Set.of(404)), e, world, n));
    }

    Draft malformedId(Endpoint e, Map<String, String> world, int n) {
        String placeholder = pick(random, e.placeholders());
        String encoded = Targets.encode(HostileStrings.notAnId(random));
        return admin(withValidBody(new Draft(placeholder, e.method(), Targets.path(e, world, placeholder, encoded),
                Set.of(400, 404)), e, world, n));
    }

    Draft wrongMethod(Endpoint e, Map<String, String> world, int n) {
        Set<String> served = methodsByPath.get(e.template());
        List<String> others = new ArrayList<>(METHODS.stream().filter(m -> !served.contains(m)).toList());
        String method = pick(random, others);
        Draft d = admin(new Draft(method, method, Targets.path(e, world), Set.of(405)));
        if (!method.equals("GET") && !method.equals("DELETE") && random.nextBoolean()) {
            d.body(HostileBodies.XML, "<action/>");
        }
        return d;
    }

    Draft badQuery(Endpoint e, Map<String, String> world, int n) {
        String sql = pick(random, HostileStrings.SQL);
        String query = switch (e.template()) {
            case ApiEndpoints.API + "/events" -> random.nextBoolean()
                    ? "max=" + enc(pick(random, List.of("0", "501", "-1", "1e2", "x", "2147483648", "\u0661", "\uFF15", sql)))
                    : "from=" + enc(pick(random, List.of("-1", "x", "1.5", "9223372036854775808", "\u0661", "1e2", sql)));
            case ApiEndpoints.API + "/jobs" -> random.nextBoolean() ? "max=1&max=2"
                    : "max=" + enc(pick(random, List.of("0", "501", "-1", "1e2", "x", "2147483648", "\u0665", sql)));
            default -> "activate=" + enc(pick(random, List.of("maybe", "1", "yes", "", "\u0000", "TRUE!", sql)));
        };
        Draft d = admin(new Draft(query.substring(0, query.indexOf('=')), e.method(), Targets.path(e, world) + "?" + query,
                Set.of(400)));
        return e.hasBody() ? d.body(HostileBodies.XML, "<" + e.root() + "/>") : d;
    }

    Draft badAccept(Endpoint e, Map<String, String> world, int n) {
        String accept = pick(random, List.of("text/html", "image/png", "application/pdf", "text/csv, image/*",
                "application/x-yaml", "audio/*"));
        return admin(new Draft(accept, e.method(), Targets.path(e, world), Set.of(406))).header("Accept", accept);
    }

    Draft unknownPath(Endpoint e, Map<String, String> world, int n) {
        if (random.nextInt(6) == 0) {
            String longSegment = "a".repeat(8200 + random.nextInt(8000));
            // Tomcat refuses it before it reads the headers, so it cannot know what the client accepts
            return admin(new Draft("over-header-limit", "GET", ApiEndpoints.API + "/vms/" + longSegment,
                    Set.of(400, 414, 431))).header("Accept", "*/*");
        }
        String segment = random.nextBoolean() ? pick(random, RAW_SEGMENTS)
                : Targets.encode(HostileStrings.notAnId(random)) + "-nothing";
        String path = switch (random.nextInt(4)) {
            case 0 -> ApiEndpoints.API + "/" + segment;
            case 1 -> ApiEndpoints.API + "/vms/" + world.get("vm") + "/" + segment;
            case 2 -> ApiEndpoints.API + "/hosts/" + world.get("host") + "/devices/" + world.get("device") + "/" + segment;
            default -> "/ovirt-engine/" + segment;
        };
        return admin(new Draft("unknown", pick(random, METHODS), path, Set.of(400, 404)));
    }

    Draft token(Endpoint e, Map<String, String> world, int n) {
        String pw = credentials.adminPassword();
        List<String[]> forms = List.of(
                new String[] {"wrong-password", form("password", "admin@internal", "nope")},
                new String[] {"unknown-user", form("password", "nobody", pw)},
                new String[] {"sql-user", form("password", "admin@internal' --", "' OR '1'='1")},
                new String[] {"nul-user", form("password", "admin@internal\u0000", pw)},
                new String[] {"huge-user", form("password", "u".repeat(30_000), pw)},
                new String[] {"wrong-grant", form(pick(random, List.of("client_credentials", "", "PASSWORD", "password ",
                        "urn:ietf:params:oauth:grant-type:jwt-bearer", "' OR 1=1")), "admin@internal", pw)},
                new String[] {"no-grant", "username=admin%40internal&password=" + enc(pw)},
                new String[] {"empty", ""},
                new String[] {"no-password", "grant_type=password&username=admin%40internal"},
                new String[] {"garbled-form", "%%%&&&==&grant_type"},
                new String[] {"over-form-limit", form("password", "admin@internal", "x".repeat(70_000))});
        String[] chosen = pick(random, forms);
        Draft d = new Draft(chosen[0], "POST", e.template(), Set.of(400, 401));
        Draft t = switch (random.nextInt(6)) {
            case 0 -> new Draft("json-body", "POST", e.template(), Set.of(400, 415))
                    .body("application/json", "{\"grant_type\":\"password\",\"username\":\"admin@internal\"}");
            case 1 -> new Draft("wrong-method", pick(random, List.of("GET", "PUT", "DELETE", "PATCH")), e.template(),
                    Set.of(405));
            default -> d.body("application/x-www-form-urlencoded", chosen[1]);
        };
        return t.header("Accept", "application/json");
    }

    private Draft admin(Draft d) {
        return d.header("Authorization", credentials.admin());
    }

    private Draft withValidBody(Draft d, Endpoint e, Map<String, String> world, int n) {
        if (e.body() == Endpoint.BodyKind.FORM) {
            return d.body("application/x-www-form-urlencoded", form("password", "admin@internal", "x"));
        }
        ValidBodies.Document doc = ValidBodies.forEndpoint(e, world, random, n);
        return doc == null ? d : d.body(doc.contentType(), doc.text());
    }

    private static String form(String grant, String user, String password) {
        return "grant_type=" + enc(grant) + "&scope=ovirt-app-api&username=" + enc(user) + "&password=" + enc(password);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
