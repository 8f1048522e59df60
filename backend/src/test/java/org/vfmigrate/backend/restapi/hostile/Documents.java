package org.vfmigrate.backend.restapi.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the small XML and JSON documents the generators send, escaping so that every character of a value
 * reaches the engine's parser as written: in XML as a character reference (so a NUL or an unpaired surrogate is
 * seen, and refused, by the parser), in JSON as a {@code \\uXXXX} escape (which a JSON parser does accept).
 */
final class Documents {

    private Documents() {
    }

    /** {@code <root><k>v</k>…</root>}; keys with dots nest ({@code cpu.topology.sockets}), "@id" is an attribute. */
    static String xml(String root, Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        xmlElement(out, root, tree(fields));
        return out.toString();
    }

    /** The JSON twin of {@link #xml}: {@code {"k":"v","cpu":{"topology":{"sockets":"v"}},"cluster":{"id":"v"}}}. */
    static String json(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        jsonObject(out, tree(fields));
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(Map<String, String> fields) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String[] path = f.getKey().split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < path.length - 1; i++) {
                node = (Map<String, Object>) node.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
            }
            node.put(path[path.length - 1], f.getValue());
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static void xmlElement(StringBuilder out, String name, Map<String, Object> node) {
        out.append('<').append(name);
        if (node.get("@id") instanceof String id) {
            out.append(" id=\"").append(xmlText(id)).append('"');
        }
        out.append('>');
        node.forEach((key, value) -> {
            if (key.equals("@id")) {
                return;
            }
            if (value instanceof Map<?, ?> child) {
                xmlElement(out, key, (Map<String, Object>) child);
            } else {
                out.append('<').append(key).append('>').append(xmlText((String) value)).append("</").append(key)
                        .append('>');
            }
        });
        out.append("</").append(name).append('>');
    }

    @SuppressWarnings("unchecked")
    private static void jsonObject(StringBuilder out, Map<String, Object> node) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : node.entrySet()) {
            out.append(first ? "" : ",").append(jsonString(e.getKey().equals("@id") ? "id" : e.getKey())).append(':');
            first = false;
            if (e.getValue() instanceof Map<?, ?> child) {
                jsonObject(out, (Map<String, Object>) child);
            } else {
                out.append(jsonString((String) e.getValue()));
            }
        }
        out.append('}');
    }

    static String xmlText(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0xFFFF && !Character.isLetterOrDigit(c)) {
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
