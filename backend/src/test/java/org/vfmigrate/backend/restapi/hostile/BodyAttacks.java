package org.vfmigrate.backend.restapi.hostile;

import static org.vfmigrate.backend.restapi.hostile.HostileStrings.pick;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Attacks through the body, sent by the administrator to real objects: broken documents, well-formed documents
 * with one bad value, and good documents in a media type the endpoint does not read.
 */
final class BodyAttacks {

    private static final List<String> WRONG_TYPES = List.of("text/plain", "text/html", "application/octet-stream",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/x-yaml",
            "application/xml; charset=EBCDIC-ZZ", "application/json; charset=nope", "garbage///", "image/png",
            "application/xml-dtd", "*/*");

    private final Random random;
    private final String admin;

    BodyAttacks(Random random, Credentials credentials) {
        this.random = random;
        this.admin = credentials.admin();
    }

    Draft badBody(Endpoint e, Map<String, String> world, int n) {
        HostileBodies.Body body = HostileBodies.any(random, e);
        Draft d = new Draft(body.variant(), e.method(), Targets.path(e, world), Set.of(body.expected()))
                .header("Authorization", admin).body(body.contentType(), body.bytes());
        d.chunked = body.chunked();
        return d;
    }

    /**
     * A NIC of a running VM may be refused for its state before its new value is looked at (a MAC address cannot
     * change while the NIC is plugged, whatever the address): 409, and still nothing written.
     */
    Draft badValue(Endpoint e, Map<String, String> world, int n) {
        HostileValues.Variant v = HostileValues.any(random, e, world, n);
        Set<Integer> expected = e.template().endsWith("/nics/{nic}") ? Set.of(400, 409) : Set.of(400);
        return new Draft(v.name(), e.method(), Targets.path(e, world), expected)
                .header("Authorization", admin).body(v.document().contentType(), v.document().text());
    }

    Draft contentType(Endpoint e, Map<String, String> world, int n) {
        ValidBodies.Document doc = ValidBodies.forEndpoint(e, world, random, n);
        String type = random.nextInt(8) == 0 ? null : pick(random, WRONG_TYPES);
        Draft d = new Draft(type == null ? "none" : type, e.method(), Targets.path(e, world), Set.of(415))
                .header("Authorization", admin);
        return d.body(type, doc.text());
    }
}
