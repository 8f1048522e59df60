package org.vfmigrate.backend.restapi.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.vfmigrate.backend.restapi.hostile.HostileRequest.Family;

/**
 * The storm, one request at a time: a deck of every (endpoint, family) pair that applies, attacks through bodies
 * dealt three times as often, shuffled with the seeded random and dealt in turn, so the first pass over the deck
 * touches every endpoint with every attack that fits it and any run can be replayed from its seed.
 */
final class HostileRequests {

    private record Slot(Endpoint endpoint, Family family) {
    }

    private final Random random;
    private final Targets targets;
    private final RequestAttacks requests;
    private final BodyAttacks bodies;
    private final List<Slot> deck = new ArrayList<>();
    private int dealt;

    HostileRequests(Random random, Targets targets, Credentials credentials) {
        this.random = random;
        this.targets = targets;
        this.requests = new RequestAttacks(random, targets, credentials);
        this.bodies = new BodyAttacks(random, credentials);
        Set<String> pathsWithWrongMethod = new HashSet<>();
        for (Endpoint e : ApiEndpoints.ALL) {
            for (Family f : Family.values()) {
                boolean once = f != Family.WRONG_METHOD || pathsWithWrongMethod.add(e.template());
                if (once && applies(f, e)) {
                    for (int i = 0; i < weight(f, e); i++) {
                        deck.add(new Slot(e, f));
                    }
                }
            }
        }
        Collections.shuffle(deck, random);
    }

    /** How many requests one pass over the deck holds. */
    int deckSize() {
        return deck.size();
    }

    HostileRequest next() {
        if (dealt > 0 && dealt % deck.size() == 0) {
            Collections.shuffle(deck, random);
        }
        Slot slot = deck.get(dealt % deck.size());
        int number = ++dealt;
        Map<String, String> world = targets.world(random);
        Endpoint e = slot.endpoint();
        Draft d = switch (slot.family()) {
            case AUTH -> requests.auth(e, world, number);
            case READ_ONLY -> requests.readOnly(e, world, number);
            case UNKNOWN_ID -> requests.unknownId(e, world, number);
            case MALFORMED_ID -> requests.malformedId(e, world, number);
            case WRONG_METHOD -> requests.wrongMethod(e, world, number);
            case BAD_QUERY -> requests.badQuery(e, world, number);
            case BAD_ACCEPT -> requests.badAccept(e, world, number);
            case UNKNOWN_PATH -> requests.unknownPath(e, world, number);
            case TOKEN -> requests.token(e, world, number);
            case BAD_BODY -> bodies.badBody(e, world, number);
            case BAD_VALUE -> bodies.badValue(e, world, number);
            case CONTENT_TYPE -> bodies.contentType(e, world, number);
        };
        String accept = ApiEndpoints.XML_ONLY.contains(e.template()) ? "application/xml" : acceptFor(random);
        if (!accept.isEmpty()) {
            d.headers.putIfAbsent("Accept", accept);
        }
        return new HostileRequest(number, slot.family(), d.variant, e, d.method, d.path, Map.copyOf(d.headers), d.body,
                d.chunked, d.expected);
    }

    /** An Accept header every endpoint can satisfy; empty for none. */
    private static String acceptFor(Random random) {
        return HostileStrings.pick(random, List.of("application/xml", "application/json", "", "*/*",
                "application/json, application/xml;q=0.5"));
    }

    private static boolean applies(Family f, Endpoint e) {
        boolean token = e.body() == Endpoint.BodyKind.FORM;
        return switch (f) {
            case AUTH -> e.underApi();
            case READ_ONLY -> e.underApi() && (e.writes() || ApiEndpoints.ADMIN_ONLY_READS.contains(e.template()));
            case UNKNOWN_ID, MALFORMED_ID -> !e.placeholders().isEmpty();
            case WRONG_METHOD -> true;
            case BAD_QUERY -> e.template().equals(ApiEndpoints.API + "/events")
                    || e.template().equals(ApiEndpoints.API + "/jobs")
                    || e.template().equals(ApiEndpoints.API + "/hosts") && e.writes();
            case BAD_ACCEPT -> !e.writes();
            case UNKNOWN_PATH -> e.template().equals(ApiEndpoints.API);
            case TOKEN -> token;
            case BAD_BODY, CONTENT_TYPE -> e.hasBody() && !token;
            case BAD_VALUE -> e.body() == Endpoint.BodyKind.ENTITY || e.body() == Endpoint.BodyKind.SIMULATION
                    || e.body() == Endpoint.BodyKind.ACTION_NAMING_HOST;
        };
    }

    private static int weight(Family f, Endpoint e) {
        return switch (f) {
            case BAD_BODY, BAD_VALUE -> 3;
            case UNKNOWN_PATH, TOKEN -> 8;
            default -> 1;
        };
    }
}
