package org.vfmigrate.backend.process;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.Xml;

/**
 * The requests process tests make of an engine, in XML over real HTTP, each checking its answer: find an object
 * by name, add one, run an action, and wait for a VM's migration to finish. Failures carry the engine's answer.
 */
public final class EngineApi {

    public static final String ROOT = "/ovirt-engine/api";

    private final ApiClient http;

    public EngineApi(ApiClient http) {
        this.http = http.xml();
    }

    /** The id of the item named {@code name} in a collection such as {@code vms} or {@code vnicprofiles}. */
    public String idOf(String collection, String name) {
        Xml list = get("/" + collection);
        String id = list.text("/*/*[name='" + name + "']/@id");
        if (id.isEmpty()) {
            throw new AssertionError("no " + collection + " item named " + name);
        }
        return id;
    }

    /** Adds an item to a collection (201 expected); returns its id. */
    public String add(String collection, String xml) {
        HttpResponse<String> r = http.post(ROOT + "/" + collection, xml);
        require(r, 201, "POST /" + collection);
        return Xml.parse(r.body()).text("/*/@id");
    }

    /** Runs an action such as {@code vms/<id>/start} with an XML body (200 and status complete expected). */
    public void act(String action, String xml) {
        HttpResponse<String> r = http.post(ROOT + "/" + action, xml);
        require(r, 200, "POST /" + action);
        if (!"complete".equals(Xml.parse(r.body()).text("/action/status"))) {
            throw new AssertionError("POST /" + action + " did not complete: " + r.body());
        }
    }

    /** Starts a live migration of the VM to the host; it goes on after the answer. */
    public void migrate(String vm, String host) {
        act("vms/" + vm + "/migrate", "<action><host id=\"" + host + "\"/></action>");
    }

    public Xml get(String path) {
        HttpResponse<String> r = http.get(ROOT + path);
        require(r, 200, "GET " + path);
        return Xml.parse(r.body());
    }

    public HttpResponse<String> getRaw(String path) {
        return http.get(ROOT + path);
    }

    /**
     * Waits until the VM has {@code count} migrations, the newest done; returns them ({@code <migrations>}, newest
     * first). Fails at once when the newest was undone, and after {@code timeout}.
     */
    public Xml awaitMigration(String vm, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.get(ROOT + "/vms/" + vm + "/migrations");
            require(r, 200, "GET migrations");
            body = r.body();
            Xml list = Xml.parse(body);
            String phase = list.text("/migrations/migration[1]/phase");
            if (list.count("/migrations/migration") == count && phase.equals("done")) {
                return list;
            }
            if (list.count("/migrations/migration") == count && phase.equals("undone")) {
                throw new AssertionError("migration of " + vm + " was undone: " + body);
            }
            pause();
        }
        throw new AssertionError("no finished migration #" + count + " of " + vm + " within " + timeout.toSeconds()
                + " s: " + body);
    }

    private static void require(HttpResponse<String> r, int status, String what) {
        if (r.statusCode() != status) {
            throw new AssertionError(what + " answered " + r.statusCode() + " (expected " + status + "): " + r.body());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
