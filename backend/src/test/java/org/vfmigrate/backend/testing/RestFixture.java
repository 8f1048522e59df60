package org.vfmigrate.backend.testing;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A failover data center built through the REST API alone, so it can be set up in any running engine, a test's
 * or a demo one: networks {@code ovirtmgmt} (bridged) and {@code sriov-net}, profiles {@code mgmt} and
 * {@code sriov-vf} (failover to mgmt), up simulated hosts with VFs on sriov-net, and running VMs with one failover
 * VF NIC each, spread over the hosts. Every name starts with the caller's prefix, so the fixtures of several runs
 * can live side by side in one engine.
 */
public final class RestFixture {

    public static final String API = "/ovirt-engine/api";

    public final String prefix;
    public final String dataCenter;
    public final String cluster;
    public final String mgmtNetwork;
    public final String sriovNetwork;
    public final String mgmtProfile;
    public final String vfProfile;
    public final List<String> hosts = new ArrayList<>();
    public final List<RunningVm> vms = new ArrayList<>();

    /** A running VM and its failover VF NIC. */
    public record RunningVm(String id, String name, String nic) {
    }

    private final ApiClient api;

    private RestFixture(ApiClient api, String prefix) {
        this.api = api.xml();
        this.prefix = prefix;
        dataCenter = create(API + "/datacenters", "<data_center><name>" + prefix + "-dc</name></data_center>");
        cluster = create(API + "/clusters", "<cluster><name>" + prefix + "-cluster</name>"
                + ref("data_center", dataCenter) + "</cluster>");
        mgmtNetwork = create(API + "/networks", "<network><name>ovirtmgmt</name>" + ref("data_center", dataCenter)
                + "<profile_required>false</profile_required></network>");
        sriovNetwork = create(API + "/networks", "<network><name>sriov-net</name>" + ref("data_center", dataCenter)
                + "<profile_required>false</profile_required></network>");
        mgmtProfile = create(API + "/vnicprofiles", "<vnic_profile><name>mgmt</name>" + ref("network", mgmtNetwork)
                + "</vnic_profile>");
        vfProfile = create(API + "/vnicprofiles", "<vnic_profile><name>sriov-vf</name>" + ref("network", sriovNetwork)
                + "<pass_through><mode>enabled</mode></pass_through><migratable>true</migratable>"
                + ref("failover", mgmtProfile) + "</vnic_profile>");
    }

    /**
     * Builds the fixture: {@code hostCount} hosts with {@code vfsPerHost} VFs each, then {@code vmCount} VMs started
     * round-robin on them. Fails with the engine's answer if any step is refused.
     */
    public static RestFixture build(ApiClient api, String prefix, int hostCount, int vfsPerHost, int vmCount) {
        RestFixture f = new RestFixture(api, prefix);
        for (int i = 1; i <= hostCount; i++) {
            f.hosts.add(f.addHost(prefix + "-h" + i, vfsPerHost));
        }
        for (int i = 1; i <= vmCount; i++) {
            f.vms.add(f.runningVm(prefix + "-vm" + i, f.hosts.get((i - 1) % hostCount)));
        }
        return f;
    }

    /** Adds an up simulated host; returns its id. */
    public String addHost(String name, int vfs) {
        String address = "sim://" + name + "?vfs=" + vfs + "&amp;networks=sriov-net&amp;bridges=ovirtmgmt";
        String id = create(API + "/hosts", "<host><name>" + name + "</name><address>" + address + "</address>"
                + ref("cluster", cluster) + "</host>");
        String status = Xml.parse(ok(api.get(API + "/hosts/" + id))).text("/host/status");
        if (!"up".equals(status)) {
            throw new IllegalStateException("host " + name + " is " + status + ", not up");
        }
        return id;
    }

    /** A VM with one NIC on the failover VF profile, started on {@code host}. */
    public RunningVm runningVm(String name, String host) {
        String vm = create(API + "/vms", "<vm><name>" + name + "</name>" + ref("cluster", cluster)
                + "<memory>1073741824</memory><os><type>rhel_8x64</type></os></vm>");
        String nic = create(API + "/vms/" + vm + "/nics", "<nic><name>nic1</name>" + ref("vnic_profile", vfProfile)
                + "</nic>");
        ok(api.post(API + "/vms/" + vm + "/start", "<action>" + ref("host", host) + "</action>"));
        return new RunningVm(vm, name, nic);
    }

    private String create(String collection, String body) {
        HttpResponse<String> r = api.post(collection, body);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("POST " + collection + " answered " + r.statusCode() + ": " + r.body());
        }
        String root = body.substring(1, body.indexOf('>'));
        return Xml.parse(r.body()).text("/" + root + "/@id");
    }

    private static String ok(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.request().method() + " " + r.uri() + " answered " + r.statusCode()
                    + ": " + r.body());
        }
        return r.body();
    }

    private static String ref(String element, String id) {
        return "<" + element + " id=\"" + id + "\"/>";
    }
}
