package org.vfmigrate.backend.restapi.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Bodies an endpoint would accept and act on: a complete new entity for a create, a real change for an update,
 * an action naming the other host. Attacks that must be stopped by something other than the body (credentials,
 * ids, methods, media types) carry one, so that a guard that fails to stop them shows as a write.
 */
final class ValidBodies {

    private ValidBodies() {
    }

    /** The fields of a complete new entity, named uniquely by {@code n}. */
    static Map<String, String> create(String root, Map<String, String> world, int n) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", "hostile-" + n);
        switch (root) {
            case "cluster" -> f.put("data_center.@id", world.get("dc"));
            case "network" -> f.put("data_center.@id", world.get("dc"));
            case "vnic_profile" -> f.put("network.@id", world.get("network"));
            case "host" -> {
                f.put("address", "sim://hostile-" + n + "?vfs=1");
                f.put("cluster.@id", world.get("cluster"));
            }
            case "vm" -> f.put("cluster.@id", world.get("cluster"));
            case "nic" -> f.put("vnic_profile.@id", world.get("_mgmtProfile"));
            default -> {
            }
        }
        return f;
    }

    /** The fields of an update that changes something. */
    static Map<String, String> update(String root, int n) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (root) {
            case "vm", "host", "nic" -> f.put("name", "hostile-" + n);
            default -> f.put("description", "hostile change " + n);
        }
        return f;
    }

    /** A body the endpoint would act on, as XML or JSON; null for endpoints that read none. */
    static Document forEndpoint(Endpoint e, Map<String, String> world, Random random, int n) {
        boolean json = random.nextBoolean();
        Map<String, String> fields = switch (e.body()) {
            case ENTITY -> "POST".equals(e.method()) ? create(e.root(), world, n) : update(e.root(), n);
            case ACTION -> Map.of();
            case ACTION_NAMING_HOST -> Map.of("host.@id", world.get("_otherHost"));
            case SIMULATION -> Map.of("unplug_ack_ms", "5");
            case NONE, FORM -> null;
        };
        if (fields == null) {
            return null;
        }
        return json ? new Document(HostileBodies.JSON, Documents.json(fields))
                : new Document(HostileBodies.XML, Documents.xml(e.root(), fields));
    }

    /** A body and its media type. */
    record Document(String contentType, String text) {
    }
}
