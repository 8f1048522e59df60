package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@link SimSettings} from a generic map (what a JSON or YAML parser yields), from YAML text, or from
 * flat properties ({@code unplug_ack_ms=2000}, {@code faults[0].operation=hot_plug}). Keys are snake_case
 * (camelCase accepted); unknown keys and bad values are rejected with {@link SimSettingsException}.
 */
public final class SimSettingsParser {

    /** The top-level keys of the settings, in snake_case. */
    public static final Set<String> SETTING_KEYS = Set.of("faults", "unplug_ack_ms", "migration_bandwidth_mibps",
        "stop_copy_downtime_ms", "guests");
    /** The keys of one fault. */
    public static final Set<String> FAULT_KEYS = Set.of("operation", "vm", "kind", "times", "delay_ms", "message");
    /** The keys of one guest. */
    public static final Set<String> GUEST_KEYS = Set.of("vm", "net_failover", "hotplug", "convergence_downtime_ms");

    private SimSettingsParser() {
    }

    /** Parses YAML (safe constructor: plain maps, lists and scalars only). */
    public static SimSettings fromYaml(String yaml) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return fromMap(doc == null ? Map.of() : asMap(doc, "settings"));
    }

    /** Parses a map as produced by a JSON or YAML reader. */
    public static SimSettings fromMap(Map<String, ?> map) {
        Map<String, Object> m = normalise(map, SETTING_KEYS, "setting");
        List<SimFault> faults = new ArrayList<>();
        for (Object f : asList(m.get("faults"), "faults")) {
            faults.add(fault(normalise(asMap(f, "fault"), FAULT_KEYS, "fault field")));
        }
        List<SimGuest> guests = new ArrayList<>();
        for (Object g : asList(m.get("guests"), "guests")) {
            Map<String, Object> gm = normalise(asMap(g, "guest"), GUEST_KEYS, "guest field");
            guests.add(new SimGuest(str(gm.get("vm")), bool(gm.get("net_failover"), true), bool(gm.get("hotplug"), true),
                gm.get("convergence_downtime_ms") == null ? 0
                    : lng(gm.get("convergence_downtime_ms"), "convergence_downtime_ms")));
        }
        return new SimSettings(faults, lng(m.get("unplug_ack_ms"), "unplug_ack_ms"),
            lng(m.get("migration_bandwidth_mibps"), "migration_bandwidth_mibps"),
            lng(m.get("stop_copy_downtime_ms"), "stop_copy_downtime_ms"), guests);
    }

    /** Parses flat properties under {@code prefix} (e.g. {@code "vfmigrate.sim."}, or "" for none). */
    public static SimSettings fromProperties(Properties props, String prefix) {
        Map<String, Object> root = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                put(root, key.substring(prefix.length()), props.getProperty(key));
            }
        }
        return fromMap(root);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String path, String value) {
        int dot = path.indexOf('.');
        int br = path.indexOf('[');
        if (br > 0 && (dot < 0 || br < dot)) {
            int close = path.indexOf(']', br);
            String list = path.substring(0, br);
            int index = Integer.parseInt(path.substring(br + 1, close));
            Map<Integer, Object> items = (Map<Integer, Object>) root.computeIfAbsent(list + "[]", k -> new TreeMap<>());
            Map<String, Object> item = (Map<String, Object>) items.computeIfAbsent(index, k -> new TreeMap<>());
            put(item, path.substring(close + 2), value);
            root.put(list, new ArrayList<>(items.values()));
            return;
        }
        root.put(path, value);
    }

    private static SimFault fault(Map<String, Object> f) {
        Long delay = f.get("delay_ms") == null ? null : lng(f.get("delay_ms"), "delay_ms");
        Integer times = f.get("times") == null ? null : Math.toIntExact(lng(f.get("times"), "times"));
        return new SimFault(SimFault.Operation.parse(str(f.get("operation"))), str(f.get("vm")),
            SimFault.Kind.parse(str(f.get("kind"))), times, delay, str(f.get("message")));
    }

    private static Map<String, Object> normalise(Map<String, ?> in, Set<String> allowed, String what) {
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<String, ?> e : in.entrySet()) {
            if (e.getKey().endsWith("[]")) {
                continue;
            }
            String key = e.getKey().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                throw new SimSettingsException(List.of("unknown " + what + " '" + e.getKey() + "', expected one of "
                    + new TreeMap<>(Map.of("k", allowed)).get("k")));
            }
            if (out.containsKey(key)) {
                throw new SimSettingsException(List.of(what + " '" + key + "' is given twice"));
            }
            out.put(key, e.getValue());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> asMap(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, ?>) m;
        }
        throw new SimSettingsException(List.of(what + " must be an object, was " + o));
    }

    private static List<?> asList(Object o, String what) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l;
        }
        throw new SimSettingsException(List.of(what + " must be a list, was " + o));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Long lng(Object o, String name) {
        if (o == null) {
            return null;
        }
        if (o instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(o.toString().trim());
        } catch (NumberFormatException e) {
            throw new SimSettingsException(List.of(name + " must be a whole number, was '" + o + "'"));
        }
    }

    private static boolean bool(Object o, boolean dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof Boolean b) {
            return b;
        }
        String s = o.toString().trim().toLowerCase(Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            throw new SimSettingsException(List.of("expected true or false, was '" + o + "'"));
        }
        return Boolean.parseBoolean(s);
    }
}
