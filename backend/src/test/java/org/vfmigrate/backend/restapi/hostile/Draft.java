package org.vfmigrate.backend.restapi.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A request being put together by an attack: mutable while it is built, then frozen into a HostileRequest. */
final class Draft {

    String variant;
    String method;
    String path;
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;
    boolean chunked;
    Set<Integer> expected;

    Draft(String variant, String method, String path, Set<Integer> expected) {
        this.variant = variant;
        this.method = method;
        this.path = path;
        this.expected = expected;
    }

    Draft body(String contentType, String text) {
        return body(contentType, text.getBytes(UTF_8));
    }

    Draft body(String contentType, byte[] bytes) {
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        body = bytes;
        return this;
    }

    Draft header(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
