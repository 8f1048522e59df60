package org.vfmigrate.backend.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for API tests: real requests to the engine's port, XML or JSON, Basic or bearer auth. */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private String authorization;
    private String accept = "application/xml";

    public ApiClient(int port) {
        this("http://127.0.0.1:" + port);
    }

    /** A client of the engine at {@code base}, e.g. {@code http://127.0.0.1:8080}. */
    public ApiClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public ApiClient basic(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public ApiClient bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    public ApiClient anonymous() {
        authorization = null;
        return this;
    }

    public ApiClient json() {
        accept = "application/json";
        return this;
    }

    public ApiClient xml() {
        accept = "application/xml";
        return this;
    }

    /** Asks for any other media type, e.g. {@code text/plain} from the metrics endpoint. */
    public ApiClient accept(String mediaType) {
        accept = mediaType;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    public HttpResponse<String> delete(String path) {
        return send(builder(path).DELETE());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(builder(path).header("Content-Type", contentType(body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String body) {
        return send(builder(path).header("Content-Type", contentType(body))
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder b = builder(path).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    private static String contentType(String body) {
        String t = body.stripLeading();
        return t.startsWith("{") || t.startsWith("[") ? "application/json" : "application/xml";
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
