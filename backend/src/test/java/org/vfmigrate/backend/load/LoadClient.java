package org.vfmigrate.backend.load;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.RestFixture;
import org.vfmigrate.backend.testing.Xml;

/**
 * One client of a load run, until its deadline: mostly reads (VMs, hosts, a host's devices, profiles, events,
 * jobs), and writes on what it owns, so clients never race each other for a name: networks and vNIC profiles it
 * adds, updates and removes, and its own running VM, whose failover NIC it deactivates and activates and which it
 * migrates. Its migrations run on after their answer, so its own next write to the VM may meet one still running:
 * that 409 is the one conflict a client expects ({@link Conflicts}).
 */
final class LoadClient implements Callable<LoadReport> {

    private static final String API = RestFixture.API;

    private final int index;
    private final Random random;
    private final ApiClient api;
    private final RestFixture fixture;
    private final RestFixture.RunningVm vm;
    private final long deadline;
    private final LoadReport report = new LoadReport();
    private final List<String> networks = new ArrayList<>();
    private final List<String> profiles = new ArrayList<>();
    private boolean nicPlugged = true;
    private int serial;

    LoadClient(int index, long seed, ApiClient api, RestFixture fixture, long deadlineNanos) {
        this.index = index;
        this.random = new Random(seed + index);
        this.api = api;
        this.fixture = fixture;
        this.vm = fixture.vms.get(index);
        this.deadline = deadlineNanos;
    }

    @Override
    public LoadReport call() {
        while (System.nanoTime() < deadline) {
            int dice = random.nextInt(100);
            if (dice < 55) {
                read();
            } else if (dice < 67) {
                churn("network", networks, API + "/networks", "<network><name>%s</name><data_center id=\""
                        + fixture.dataCenter + "\"/><profile_required>false</profile_required></network>");
            } else if (dice < 79) {
                churn("vnic_profile", profiles, API + "/vnicprofiles", "<vnic_profile><name>%s</name><network id=\""
                        + fixture.mgmtNetwork + "\"/></vnic_profile>");
            } else if (dice < 91) {
                toggleNic();
            } else {
                migrate();
            }
        }
        return report;
    }

    /** What the client believes of its VM's NIC when it stops. */
    boolean nicPlugged() {
        return nicPlugged;
    }

    RestFixture.RunningVm vm() {
        return vm;
    }

    private void read() {
        String host = fixture.hosts.get(random.nextInt(fixture.hosts.size()));
        switch (random.nextInt(6)) {
            case 0 -> read("GET vms", API + "/vms", "/vms");
            case 1 -> read("GET hosts", API + "/hosts", "/hosts");
            case 2 -> read("GET host devices", API + "/hosts/" + host + "/devices", "/host_devices");
            case 3 -> read("GET vnicprofiles", API + "/vnicprofiles", "/vnic_profiles");
            case 4 -> read("GET events", API + "/events?max=50", "/events");
            default -> read("GET jobs", API + "/jobs?max=50", "/jobs");
        }
    }

    private void read(String kind, String path, String root) {
        HttpResponse<String> r = send(kind, 200, false, () -> api.get(path));
        if (r != null && r.statusCode() == 200 && Xml.parse(r.body()).count(root) != 1) {
            report.error(kind + ": the answer is not " + root + ": " + r.body());
        }
    }

    /** Adds one while it owns few, else updates or removes one it owns. */
    private void churn(String root, List<String> owned, String collection, String template) {
        String kind = root.replace("_", "");
        if (owned.size() < 2 || owned.size() < 4 && random.nextBoolean()) {
            String name = fixture.prefix + "-c" + index + "-" + root.charAt(0) + (++serial);
            HttpResponse<String> r = send("POST " + kind, 201, false, () -> api.post(collection, template.formatted(name)));
            if (r != null && r.statusCode() == 201) {
                owned.add(Xml.parse(r.body()).text("/" + root + "/@id"));
            }
        } else if (random.nextBoolean()) {
            String id = owned.get(random.nextInt(owned.size()));
            send("PUT " + kind, 200, false, () -> api.put(collection + "/" + id, "<" + root + "><description>load "
                    + (++serial) + "</description></" + root + ">"));
        } else {
            String id = owned.remove(random.nextInt(owned.size()));
            send("DELETE " + kind, 200, false, () -> api.delete(collection + "/" + id));
        }
    }

    private void toggleNic() {
        String action = nicPlugged ? "deactivate" : "activate";
        HttpResponse<String> r = send("POST nic " + action, 200, true, () -> api.post(API + "/vms/" + vm.id() + "/nics/"
                + vm.nic() + "/" + action, "<action/>"));
        if (r != null && r.statusCode() == 200) {
            nicPlugged = !nicPlugged;
        }
    }

    private void migrate() {
        send("POST migrate", 200, true, () -> api.post(API + "/vms/" + vm.id() + "/migrate", "<action/>"));
    }

    /**
     * Sends one request and records it: the expected status, a documented conflict where {@code mayConflict}, or an
     * error. Returns the answer, or null when there was none.
     */
    private HttpResponse<String> send(String kind, int expected, boolean mayConflict,
            Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = request.get();
        } catch (AssertionError | RuntimeException e) {
            report.record(kind, System.nanoTime() - start, false, "no answer: " + e.getMessage());
            return null;
        }
        long took = System.nanoTime() - start;
        if (r.statusCode() == expected) {
            report.record(kind, took, false, null);
        } else if (r.statusCode() == 409 && mayConflict && Conflicts.legitimate(r.body())) {
            report.record(kind, took, true, null);
        } else {
            report.record(kind, took, false, r.statusCode() + " " + r.body());
        }
        return r;
    }
}
