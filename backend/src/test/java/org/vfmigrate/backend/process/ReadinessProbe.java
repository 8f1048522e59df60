package org.vfmigrate.backend.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Waits for a starting engine to be ready: {@code GET /ovirt-engine/api} with Basic credentials answers 200 only
 * once start-up is complete (before that the port is closed, or the engine answers 503 while it recovers hosts and
 * migrations). Gives up at once when the process exits or the credentials are refused.
 */
final class ReadinessProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).build();
    private static final long POLL_MILLIS = 50;

    private final HttpRequest request;

    ReadinessProbe(int port, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ovirt-engine/api"))
                .timeout(Duration.ofSeconds(5)).header("Authorization", "Basic " + credentials).GET().build();
    }

    /** Null once the engine is ready; otherwise why it is not (exited, refused, or still not ready at timeout). */
    String await(Process process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return "it exited with code " + process.exitValue() + " (" + last + ")";
            }
            try {
                int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return null;
                }
                if (status == 401 || status == 403) {
                    return "the API refused the admin credentials (" + status + ")";
                }
                last = "last answer " + status;
            } catch (IOException e) {
                last = "last attempt: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            if (!pause()) {
                return "interrupted";
            }
        }
        return "no 200 from " + request.uri() + " within " + timeout.toSeconds() + " s (" + last + ")";
    }

    private static boolean pause() {
        try {
            Thread.sleep(POLL_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
