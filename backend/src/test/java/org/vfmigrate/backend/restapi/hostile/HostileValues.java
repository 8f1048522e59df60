package org.vfmigrate.backend.restapi.hostile;

import static org.vfmigrate.backend.restapi.hostile.HostileStrings.pick;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.vfmigrate.backend.restapi.hostile.ValidBodies.Document;

/**
 * Well-formed bodies with one value the engine must refuse: names of every hostile kind, free text that XML
 * cannot carry (NUL, unpaired surrogates, control characters) or that is too long, ids that are not ids, numbers
 * that are not numbers or out of range (including digits of other scripts), unknown enum values, nulls where a
 * value is needed. A create carries every other field it needs, so a value the engine wrongly accepts shows up
 * as a new row.
 */
final class HostileValues {

    /** A bad value for one field, by name. */
    private record Field(String key, Function<Random, String> value) {
    }

    /**
     * Fields only a create reads; an update ignores them, as oVirt does. (Likewise a profile added under a network
     * takes that network, whatever its body says.)
     */
    private static final java.util.Set<String> CREATE_ONLY = java.util.Set.of("profile_required");
    private static final List<String> BAD_TEXT = List.of("\u0000", "a\u0000b", "\uD800", "x\uDFFF", "\u0001", "\u001B",
            "\uFFFE", "\uFFFF", "ok\u0000");
    private static final List<String> UNICODE_DIGITS = List.of("\u0661", "\u0665\u0660\u0660", "\uFF11", "\u0967");
    private static final List<String> NOT_BOOLEAN = List.of("maybe", "1", "yes", "", "tru", "\u0000");

    private static final Map<String, List<Field>> FIELDS = Map.of(
            "data_center", List.of(name(), description(), version("major"), version("minor")),
            "cluster", List.of(name(), description(), version("major"), version("minor"), badId("data_center.@id"),
                    word("migration_mode"), word("migration_policy"), word("balancing_policy")),
            "network", List.of(name(), description(), badId("data_center.@id"),
                    number("vlan.@id", "4095", "-1", "65536", "1.5"), number("mtu", "-1", "67", "65521", "1e3"),
                    bool("external"), bool("profile_required"),
                    new Field("bridge_name", r -> pick(r, List.of("a/b", "with space", "x".repeat(16), "a:b", "\t")))),
            "vnic_profile", List.of(name(), description(), badId("network.@id"), badId("failover.@id"),
                    new Field("pass_through.mode", r -> pick(r, List.of("maybe", "on", "1", "", "\u0000"))),
                    bool("migratable"), new Field("port_mirroring", r -> pick(r, List.of("true", "maybe")))),
            "host", List.of(name(), badId("cluster.@id"),
                    new Field("address", r -> pick(r, List.of("http://x", "file:///etc/passwd", "javascript:alert(1)",
                            "sim://bad name", "sim://x?vfs=99", "sim://" + "a".repeat(100), "' OR 1=1 --", ""))),
                    number("max_parallel_migrations", "0", "-1", "100000", "1.5"), number("memory", "-1", "1e9")),
            "vm", List.of(name(), badId("cluster.@id"),
                    number("memory", "0", "-1", "1", "1e9", "1048577", "99999999999999999999"),
                    number("cpu.topology.sockets", "0", "-1", "99999", "2147483647"),
                    number("cpu.topology.cores", "0", "-1", "100000"), word("os.type"), word("migration_policy")),
            "nic", List.of(name(), badId("vnic_profile.@id"), word("interface"),
                    new Field("mac.address", r -> pick(r, List.of("zz", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00",
                            "01:00:5e:00:00:01", "56:6f:00:00:00", HostileStrings.any(r)))),
                    bool("plugged"), bool("linked")));

    private HostileValues() {
    }

    /** A body with one bad value for the endpoint, and what it is. */
    static Variant any(Random random, Endpoint e, Map<String, String> world, int n) {
        return switch (e.body()) {
            case ENTITY -> entity(random, e, world, n);
            case SIMULATION -> SimulationValues.any(random);
            case ACTION_NAMING_HOST -> ActionValues.any(random, world);
            default -> throw new IllegalArgumentException("no values to spoil in " + e);
        };
    }

    /** The bad body and its name. */
    record Variant(String name, Document document) {
    }

    private static Variant entity(Random random, Endpoint e, Map<String, String> world, int n) {
        boolean underNetwork = e.template().contains("/networks/{network}/");
        Field field = pick(random, FIELDS.get(e.root()).stream()
                .filter(f -> "POST".equals(e.method()) || !CREATE_ONLY.contains(f.key()))
                .filter(f -> !(underNetwork && f.key().equals("network.@id"))).toList());
        Map<String, String> fields = new LinkedHashMap<>("POST".equals(e.method())
                ? ValidBodies.create(e.root(), world, n) : Map.of());
        fields.put(field.key(), field.value().apply(random));
        if (field.key().startsWith("version.")) {
            fields.putIfAbsent("version.major", "4");
            fields.putIfAbsent("version.minor", "6");
        }
        boolean json = random.nextBoolean();
        return new Variant(field.key(), json ? new Document(HostileBodies.JSON, Documents.json(fields))
                : new Document(HostileBodies.XML, Documents.xml(e.root(), fields)));
    }

    private static Field name() {
        return new Field("name", r -> HostileStrings.matching(r, HostileStrings::any,
                v -> !v.matches("[A-Za-z0-9_.-]{1,40}")));
    }

    private static Field description() {
        return new Field("description", r -> r.nextInt(4) == 0 ? "d".repeat(4001 + r.nextInt(5000))
                : "text " + pick(r, BAD_TEXT) + " text");
    }

    private static Field badId(String key) {
        return new Field(key, HostileStrings::notAnId);
    }

    private static Field word(String key) {
        return new Field(key, r -> HostileStrings.matching(r, HostileStrings::any, v -> !v.isBlank()));
    }

    private static Field bool(String key) {
        return new Field(key, r -> pick(r, NOT_BOOLEAN));
    }

    private static Field number(String key, String... outOfRange) {
        List<String> values = new ArrayList<>(List.of(outOfRange));
        values.addAll(List.of("x", "", " ", "0x10", "NaN", "1_0", "+-1", "9223372036854775808"));
        values.addAll(UNICODE_DIGITS);
        return new Field(key, r -> pick(r, values));
    }

    /** A version with one bad part; the other part is fine. */
    private static Field version(String part) {
        return new Field("version." + part, r -> pick(r, List.of("x", "-1", "99", "", "4.6", "\u0664", "2147483648")));
    }
}
