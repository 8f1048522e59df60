package org.vfmigrate.backend.demo.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * The demo's story, told through the REST API: a data center at level 4.6 with the failover pair (the bridged
 * {@code ovirtmgmt} profile and the passthrough, migratable {@code sriov-vf} whose failover is {@code ovirtmgmt})
 * next to {@code legacy-vf} (passthrough, migratable, no failover); two simulated hosts whose latencies are the
 * published ones ({@link SimSettings#realistic()}); two 4 GiB RHEL 8 guests on {@code host1}, one per profile;
 * then both migrate to {@code host2} at the same time.
 */
final class DemoScenario {

    static final long VM_MEMORY_BYTES = 4L << 30;
    static final String SOURCE = "host1";
    static final String DESTINATION = "host2";

    private final DemoApi api;
    private final PrintStream out;
    private final SimSettings latencies;
    private final Map<String, String> hosts = new LinkedHashMap<>();
    private final List<DemoVm> vms = new ArrayList<>();

    DemoScenario(DemoApi api, PrintStream out, SimSettings latencies) {
        this.api = api;
        this.out = out;
        this.latencies = latencies;
    }

    /** Creates everything and starts both VMs on the source host. */
    void setUp() {
        String dc = id(api.post("/datacenters", Map.of("name", "demo", "version", v46())));
        String cluster = id(api.post("/clusters", Map.of("name", "demo", "data_center", ref(dc), "version", v46(),
                "migration_mode", "engine_managed")));
        String mgmtNet = id(api.post("/networks", Map.of("name", "ovirtmgmt", "data_center", ref(dc),
                "usages", Map.of("usage", List.of("vm")))));
        String sriovNet = id(api.post("/networks", Map.of("name", "sriov-net", "data_center", ref(dc),
                "usages", Map.of("usage", List.of("vm")), "profile_required", "false")));
        String mgmt = id(api.get("/networks/" + mgmtNet + "/vnicprofiles").path("vnic_profile").path(0));
        String failoverVf = id(api.post("/vnicprofiles", vfProfile("sriov-vf", sriovNet, mgmt)));
        String legacyVf = id(api.post("/vnicprofiles", vfProfile("legacy-vf", sriovNet, null)));
        out.println("profiles   sriov-vf: passthrough, migratable, failover -> ovirtmgmt (bridged)");
        out.println("           legacy-vf: passthrough, migratable, no failover");
        for (String name : List.of(SOURCE, DESTINATION)) {
            String host = id(api.post("/hosts", Map.of("name", name, "cluster", ref(cluster),
                    "address", "sim://" + name + "?vfs=8&networks=sriov-net&bridges=ovirtmgmt")));
            api.put("/hosts/" + host + "/simulation", Map.of("unplug_ack_ms", latencies.unplugAckMs(),
                    "migration_bandwidth_mibps", latencies.migrationBandwidthMibps(),
                    "stop_copy_downtime_ms", latencies.stopCopyDowntimeMs()));
            hosts.put(name, host);
        }
        out.printf(Locale.ROOT, "hosts      %s, %s: simulated, 8 VFs on sriov-net each, with the published latencies:%n"
                + "           %s%n", SOURCE, DESTINATION, latencyText());
        vms.add(runningVm("failover-vm", cluster, failoverVf, true));
        vms.add(runningVm("legacy-vm", cluster, legacyVf, false));
        out.printf(Locale.ROOT, "vms        failover-vm (nic1 on sriov-vf), legacy-vm (nic1 on legacy-vf): "
                + "%d GiB RHEL 8, on %s%n", VM_MEMORY_BYTES >> 30, SOURCE);
    }

    /** The published latencies, as the simulated hosts apply them. */
    String latencyText() {
        return String.format(Locale.ROOT, "the guest releases a VF after %.1f s, memory moves at %d MiB/s, "
                + "stop-and-copy pauses it %d ms", latencies.unplugAckMs() / 1000.0,
                latencies.migrationBandwidthMibps(), latencies.stopCopyDowntimeMs());
    }

    List<DemoVm> vms() {
        return List.copyOf(vms);
    }

    /** Asks for both migrations at the same time; returns once the engine accepted both. */
    void migrateAll() {
        Map<String, Object> body = Map.of("host", ref(hosts.get(DESTINATION)));
        List<CompletableFuture<JsonNode>> requests = vms.stream()
                .map(vm -> CompletableFuture.supplyAsync(() -> api.post("/vms/" + vm.id() + "/migrate", body)))
                .toList();
        for (CompletableFuture<JsonNode> r : requests) {
            try {
                r.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof DemoFailure f ? f : new DemoFailure(e.getCause().getMessage(), e);
            }
        }
    }

    private DemoVm runningVm(String name, String cluster, String profile, boolean failover) {
        String vm = id(api.post("/vms", Map.of("name", name, "cluster", ref(cluster),
                "memory", String.valueOf(VM_MEMORY_BYTES), "os", Map.of("type", "rhel_8x64"))));
        api.post("/vms/" + vm + "/nics", Map.of("name", "nic1", "vnic_profile", ref(profile)));
        api.post("/vms/" + vm + "/start", Map.of("host", ref(hosts.get(SOURCE))));
        return new DemoVm(name, vm, failover);
    }

    private static Map<String, Object> vfProfile(String name, String network, String failover) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("network", ref(network));
        p.put("pass_through", Map.of("mode", "enabled"));
        p.put("migratable", "true");
        if (failover != null) {
            p.put("failover", ref(failover));
        }
        return p;
    }

    private static Map<String, String> ref(String id) {
        return Map.of("id", id);
    }

    private static Map<String, String> v46() {
        return Map.of("major", "4", "minor", "6");
    }

    private static String id(JsonNode entity) {
        String id = entity.path("id").asText();
        if (id.isEmpty()) {
            throw new DemoFailure("the engine answered without an id: " + entity);
        }
        return id;
    }
}
