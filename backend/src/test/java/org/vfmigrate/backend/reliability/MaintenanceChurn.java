package org.vfmigrate.backend.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.Xml;

/**
 * What an administrator does to a cluster, continuously, from a thread of its own: puts hosts into maintenance
 * (the engine evacuates them), activates hosts in or on their way to maintenance, migrates VMs, and unplugs and
 * plugs their NICs — chosen by a seeded random, keeping at most {@code maxDown} hosts out of service so the VMs
 * always fit. It goes on until stopped, through a kill of the engine (a request the kill cuts counts as such).
 */
final class MaintenanceChurn {

    private static final String ACTION = "<action/>";

    private final Supplier<ApiClient> api;
    private final ChaosTopology topology;
    private final Random random;
    private final int maxDown;
    private final Answers answers = new Answers();
    private volatile boolean running;
    private Thread thread;

    /** {@code api} gives a fresh admin client of the engine (it keeps its port across restarts). */
    MaintenanceChurn(Supplier<ApiClient> api, ChaosTopology topology, Random random, int maxDown) {
        this.api = api;
        this.topology = topology;
        this.random = random;
        this.maxDown = maxDown;
    }

    void start() {
        running = true;
        thread = new Thread(this::loop, "maintenance-churn");
        thread.start();
    }

    /** Stops after the request under way; returns once the thread has ended. */
    void stop() {
        running = false;
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new AssertionError("the churn did not stop within 60 s");
        }
    }

    Answers answers() {
        return answers;
    }

    private void loop() {
        while (running) {
            ApiClient client = api.get();
            HttpResponse<String> listed = answers.send("list hosts", () -> client.get(EngineApi.ROOT + "/hosts"));
            if (listed == null || listed.statusCode() != 200) {
                pause(200);
                continue;
            }
            step(client, Xml.parse(listed.body()));
            pause(100 + random.nextInt(300));
        }
    }

    private void step(ApiClient client, Xml hosts) {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i = 1; i <= hosts.count("/hosts/host"); i++) {
            String id = hosts.text("/hosts/host[" + i + "]/@id");
            (hosts.text("/hosts/host[" + i + "]/status").equals("up") ? up : down).add(id);
        }
        int dice = random.nextInt(100);
        if (dice < 35 && down.size() < maxDown && !up.isEmpty()) {
            String host = pick(up);
            answers.send("deactivate", () -> client.post(hostPath(host) + "/deactivate", ACTION));
        } else if (dice < 65 && !down.isEmpty()) {
            String host = pick(down);
            answers.send("activate", () -> client.post(hostPath(host) + "/activate", ACTION));
        } else if (dice < 90) {
            String vm = pick(topology.vmIds());
            String body = random.nextBoolean() ? ACTION
                    : "<action><host id=\"" + pick(topology.hosts) + "\"/></action>";
            answers.send("migrate", () -> client.post(EngineApi.ROOT + "/vms/" + vm + "/migrate", body));
        } else {
            toggleNic(client, pick(topology.vmIds()));
        }
    }

    /** Unplugs the VM's NIC when plugged, plugs it when not. */
    private void toggleNic(ApiClient client, String vm) {
        String nic = EngineApi.ROOT + "/vms/" + vm + "/nics/" + topology.nics.get(vm);
        HttpResponse<String> got = answers.send("get nic", () -> client.get(nic));
        if (got == null || got.statusCode() != 200) {
            return;
        }
        String action = Xml.parse(got.body()).text("/nic/plugged").equals("true") ? "deactivate" : "activate";
        answers.send("nic " + action, () -> client.post(nic + "/" + action, ACTION));
    }

    private String pick(List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static String hostPath(String host) {
        return EngineApi.ROOT + "/hosts/" + host;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
