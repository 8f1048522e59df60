package org.vfmigrate.backend.restapi.hostile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends a hostile request exactly as generated, over HTTP/1.1: any method, any header the JDK client lets a
 * caller set, the body as bytes with its length or, for a chunked one, as a stream of unknown length.
 */
final class HostileSender {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    HostileSender(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> send(HostileRequest r) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(30));
        r.headers().forEach(b::header);
        HttpRequest.BodyPublisher body;
        if (r.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (r.chunked()) {
            byte[] bytes = r.body();
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(r.body());
        }
        return http.send(b.method(r.method(), body).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
