package org.vfmigrate.backend.restapi.hostile;

import static org.vfmigrate.backend.restapi.hostile.HostileStrings.pick;

import java.util.Map;
import java.util.Random;
import org.vfmigrate.backend.restapi.hostile.HostileValues.Variant;
import org.vfmigrate.backend.restapi.hostile.ValidBodies.Document;

/**
 * Start and migrate actions that name their host badly: an id that is not one, two different hosts, or several
 * placement hosts. Each must be refused before the VM is looked at.
 */
final class ActionValues {

    private ActionValues() {
    }

    static Variant any(Random random, Map<String, String> world) {
        String other = world.get("_otherHost");
        String host = world.get("host");
        String bad = HostileStrings.notAnId(random);
        return switch (random.nextInt(6)) {
            case 0 -> xml("host-id", "<action><host id=\"" + Documents.xmlText(bad) + "\"/></action>");
            case 1 -> json("host-id", "{\"host\": {\"id\": " + Documents.jsonString(bad) + "}}");
            case 2 -> xml("two-hosts", "<action><host id=\"" + host + "\"/><vm><placement_policy><hosts><host id=\""
                    + other + "\"/></hosts></placement_policy></vm></action>");
            case 3 -> json("placement-hosts", "{\"vm\": {\"placement_policy\": {\"hosts\": {\"host\": [{\"id\": \""
                    + host + "\"}, {\"id\": \"" + other + "\"}]}}}}");
            case 4 -> json("placement-host-id", "{\"vm\": {\"placement_policy\": {\"hosts\": {\"host\": [{\"id\": "
                    + Documents.jsonString(bad) + "}]}}}}");
            default -> xml("placement-host-id", "<action><vm><placement_policy><hosts><host id=\""
                    + Documents.xmlText(pick(random, HostileStrings.SQL)) + "\"/></hosts></placement_policy></vm></action>");
        };
    }

    private static Variant xml(String name, String text) {
        return new Variant(name, new Document(HostileBodies.XML, text));
    }

    private static Variant json(String name, String text) {
        return new Variant(name, new Document(HostileBodies.JSON, text));
    }
}
