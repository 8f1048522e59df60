package org.vfmigrate.backend.restapi.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The real objects requests are aimed at, as "worlds": each world fills every path placeholder consistently (a
 * NIC of that VM, a device and an attachment of that host, a profile of that network, a step of that job), so a
 * request is refused for what the attack changed and nothing else. Keys starting with {@code _} are not
 * placeholders but ids bodies refer to ({@code _otherHost}, {@code _mgmtProfile}).
 */
final class Targets {

    /** Placeholders whose objects belong to the one before them in the path (a NIC to its VM, and so on). */
    private static final java.util.Set<String> SCOPED = java.util.Set.of("nic", "device", "attachment");

    private final List<Map<String, String>> worlds;

    Targets(List<Map<String, String>> worlds) {
        this.worlds = List.copyOf(worlds);
    }

    Map<String, String> world(Random random) {
        return worlds.get(random.nextInt(worlds.size()));
    }

    /** The endpoint's path with every placeholder filled from {@code world}. */
    static String path(Endpoint endpoint, Map<String, String> world) {
        String path = endpoint.template();
        for (String name : endpoint.placeholders()) {
            path = path.replace("{" + name + "}", world.get(name));
        }
        return path;
    }

    /** The path with one placeholder given a raw (already encoded) value and the others filled from the world. */
    static String path(Endpoint endpoint, Map<String, String> world, String placeholder, String encoded) {
        String path = endpoint.template().replace("{" + placeholder + "}", encoded);
        return path(new Endpoint(endpoint.method(), path, endpoint.body(), endpoint.root()), world);
    }

    /**
     * An id of nothing for the placeholder: a fresh UUID (sometimes upper case, which the engine reads as the same
     * UUID), a real id of another kind, or a real NIC, device or attachment of another VM or host; for events, a
     * number past the end.
     */
    String unknownId(Random random, String placeholder, Map<String, String> world) {
        if (placeholder.equals("event")) {
            return String.valueOf(1_000_000_000L + random.nextInt(1_000_000));
        }
        List<String> elsewhere = new ArrayList<>();
        for (Map<String, String> other : worlds) {
            other.forEach((name, id) -> {
                boolean otherKind = !name.equals(placeholder) && !name.equals("event") && !name.startsWith("_");
                boolean childOfAnotherParent = name.equals(placeholder) && SCOPED.contains(name)
                        && !id.equals(world.get(name));
                if (otherKind || childOfAnotherParent) {
                    elsewhere.add(id);
                }
            });
        }
        if (random.nextBoolean() && !elsewhere.isEmpty()) {
            return elsewhere.get(random.nextInt(elsewhere.size()));
        }
        String fresh = UUID.randomUUID().toString();
        return random.nextInt(4) == 0 ? fresh.toUpperCase() : fresh;
    }

    /** Percent-encodes every byte but the unreserved characters, so any string travels as one path segment. */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
