package org.vfmigrate.backend.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.testing.ApiClient;

/**
 * A data center built through an engine's API for the reliability tests: networks {@code ovirtmgmt} (bridged) and
 * {@code sriov-net}, profiles {@code sriov-vf} (passthrough, migratable, failover → {@code ovirtmgmt}) and
 * {@code legacy-vf} (passthrough, migratable, no failover), simulated hosts of 64 GiB with one PF of VFs on
 * {@code sriov-net} and the {@code ovirtmgmt} bridge, and VMs of 1 GiB — most with a failover NIC, some with a
 * legacy VF NIC (whose migration takes the network down while the VF is away) — started round-robin on the hosts.
 */
final class ChaosTopology {

    /**
     * Host latencies that make a migration last about a second (guest releases the VF in 300 ms, 1 GiB copied at
     * 2 GiB/s, 50 ms stop-and-copy), so that a kill or a competing request lands in the middle of some.
     */
    static final String LATENCIES = "{\"unplug_ack_ms\":300,\"migration_bandwidth_mibps\":2048,"
            + "\"stop_copy_downtime_ms\":50}";

    final String dataCenter;
    final String cluster;
    final String mgmtNetwork;
    final String mgmtProfile;
    final String failoverProfile;
    final String legacyProfile;
    final List<String> hosts = new ArrayList<>();
    /** VM id → name, in creation order. */
    final Map<String, String> vms = new LinkedHashMap<>();
    /** VM id → the id of its one NIC. */
    final Map<String, String> nics = new LinkedHashMap<>();

    private ChaosTopology(EngineApi api, String prefix) {
        dataCenter = api.add("datacenters", "<data_center><name>" + prefix + "</name><version><major>4</major>"
                + "<minor>6</minor></version></data_center>");
        cluster = api.add("clusters", "<cluster><name>" + prefix + "</name><data_center id=\"" + dataCenter
                + "\"/><version><major>4</major><minor>6</minor></version></cluster>");
        mgmtNetwork = api.add("networks", "<network><name>ovirtmgmt</name><data_center id=\"" + dataCenter
                + "\"/></network>");
        String sriovNet = api.add("networks", "<network><name>sriov-net</name><data_center id=\"" + dataCenter
                + "\"/><profile_required>false</profile_required></network>");
        mgmtProfile = api.idOf("vnicprofiles", "ovirtmgmt");
        failoverProfile = vfProfile(api, "sriov-vf", sriovNet, "<failover id=\"" + mgmtProfile + "\"/>");
        legacyProfile = vfProfile(api, "legacy-vf", sriovNet, "");
    }

    /**
     * Builds it: {@code hostCount} hosts of {@code vfs} VFs; {@code failoverVms} VMs with a failover NIC and
     * {@code legacyVms} with a legacy VF NIC, not started yet.
     */
    static ChaosTopology build(EngineApi api, String prefix, int hostCount, int vfs, int failoverVms, int legacyVms) {
        ChaosTopology t = new ChaosTopology(api, prefix);
        for (int i = 1; i <= hostCount; i++) {
            String name = prefix + "-h" + i;
            t.hosts.add(api.add("hosts", "<host><name>" + name + "</name><cluster id=\"" + t.cluster + "\"/>"
                    + "<address>sim://" + name + "?vfs=" + vfs + "&amp;networks=sriov-net&amp;bridges=ovirtmgmt"
                    + "</address><memory>68719476736</memory></host>"));
        }
        for (int i = 0; i < failoverVms + legacyVms; i++) {
            String name = prefix + "-vm" + (i + 1);
            String vm = api.add("vms", "<vm><name>" + name + "</name><cluster id=\"" + t.cluster + "\"/>"
                    + "<memory>1073741824</memory><os><type>rhel_8x64</type></os></vm>");
            String profile = i < failoverVms ? t.failoverProfile : t.legacyProfile;
            t.nics.put(vm, api.add("vms/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\"" + profile
                    + "\"/></nic>"));
            t.vms.put(vm, name);
        }
        return t;
    }

    /** Starts the VMs round-robin on the hosts, the i-th (from 0) through the engine {@code via.apply(i)}. */
    void startAll(IntFunction<EngineApi> via) {
        List<String> ids = vmIds();
        for (int i = 0; i < ids.size(); i++) {
            via.apply(i).act("vms/" + ids.get(i) + "/start", "<action><host id=\"" + hosts.get(i % hosts.size())
                    + "\"/></action>");
        }
    }

    /** Gives every simulated host of the engine behind {@code api} the latencies (a restart resets them). */
    void applyLatencies(ApiClient api) {
        for (String host : hosts) {
            HttpResponse<String> r = api.json().put(EngineApi.ROOT + "/hosts/" + host + "/simulation", LATENCIES);
            if (r.statusCode() != 200) {
                throw new AssertionError("simulation settings of host " + host + ": " + r.statusCode() + " " + r.body());
            }
        }
    }

    List<String> vmIds() {
        return new ArrayList<>(vms.keySet());
    }

    private static String vfProfile(EngineApi api, String name, String network, String failover) {
        return api.add("vnicprofiles", "<vnic_profile><name>" + name + "</name><network id=\"" + network + "\"/>"
                + "<pass_through><mode>enabled</mode></pass_through><migratable>true</migratable>" + failover
                + "</vnic_profile>");
    }
}
