package org.vfmigrate.backend.restapi.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation the engine serves: its method, its path with {@code {placeholders}} for the ids in it, and the
 * kind of body it reads ({@code root} names the element of an entity body).
 */
record Endpoint(String method, String template, BodyKind body, String root) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /** What an endpoint reads from the request body. */
    enum BodyKind {
        /** Nothing. */
        NONE,
        /** An entity such as {@code <vm>} or its JSON object. */
        ENTITY,
        /** An {@code <action>} whose content is ignored. */
        ACTION,
        /** An {@code <action>} that may name a host (start, migrate). */
        ACTION_NAMING_HOST,
        /** A simulated host's settings, read by the engine's own parser. */
        SIMULATION,
        /** A form of the SSO token endpoint. */
        FORM
    }

    static Endpoint read(String template) {
        return new Endpoint("GET", template, BodyKind.NONE, null);
    }

    static Endpoint delete(String template) {
        return new Endpoint("DELETE", template, BodyKind.NONE, null);
    }

    static Endpoint entity(String method, String template, String root) {
        return new Endpoint(method, template, BodyKind.ENTITY, root);
    }

    static Endpoint action(String template, BodyKind kind) {
        return new Endpoint("POST", template, kind, kind == BodyKind.SIMULATION ? "simulation" : "action");
    }

    /** The placeholder names in the path, in order. */
    List<String> placeholders() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    boolean hasBody() {
        return body != BodyKind.NONE;
    }

    boolean underApi() {
        return template.startsWith(ApiEndpoints.API);
    }

    boolean writes() {
        return !"GET".equals(method);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
