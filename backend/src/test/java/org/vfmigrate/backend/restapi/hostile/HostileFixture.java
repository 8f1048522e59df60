package org.vfmigrate.backend.restapi.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.RestFixture;
import org.vfmigrate.backend.testing.Xml;

/**
 * What the storm aims at, built through the API: the failover data center of {@link RestFixture} with two
 * simulated hosts, a running VM that has migrated once (so there is a finished job with steps), a VM that is
 * down, a spare network with an unused profile (so updates meet no "in use" rule), and the devices and network
 * attachments of both hosts.
 */
final class HostileFixture {

    private static final String API = RestFixture.API;

    private final ApiClient api;
    private final RestFixture base;
    private final Targets targets;

    private HostileFixture(ApiClient api, RestFixture base, Targets targets) {
        this.api = api;
        this.base = base;
        this.targets = targets;
    }

    static HostileFixture build(ApiClient api) {
        String prefix = "hx" + UUID.randomUUID().toString().substring(0, 6);
        RestFixture base = RestFixture.build(api, prefix, 2, 4, 1);
        String h1 = base.hosts.get(0);
        String h2 = base.hosts.get(1);
        RestFixture.RunningVm running = base.vms.get(0);
        String job = migrate(api, running.id(), h2);
        String step = Xml.parse(ok(api.get(API + "/jobs/" + job + "/steps"))).text("/steps/step[1]/@id");
        String migration = Xml.parse(ok(api.get(API + "/vms/" + running.id() + "/migrations")))
                .text("/migrations/migration[1]/@id");
        String down = id(api.post(API + "/vms", "<vm><name>" + prefix + "-down</name><cluster id=\"" + base.cluster
                + "\"/></vm>"), "vm");
        String downNic = id(api.post(API + "/vms/" + down + "/nics", "<nic><name>nic1</name><vnic_profile id=\""
                + base.vfProfile + "\"/></nic>"), "nic");
        String spareNet = id(api.post(API + "/networks", "<network><name>spare-net</name><data_center id=\""
                + base.dataCenter + "\"/><profile_required>false</profile_required></network>"), "network");
        String spareProfile = id(api.post(API + "/vnicprofiles", "<vnic_profile><name>spare-vf</name><network id=\""
                + spareNet + "\"/><pass_through><mode>enabled</mode></pass_through><migratable>true</migratable>"
                + "</vnic_profile>"), "vnic_profile");
        String event = Xml.parse(ok(api.get(API + "/events?max=1"))).text("/events/event/@id");

        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("dc", base.dataCenter);
        shared.put("cluster", base.cluster);
        shared.put("network", spareNet);
        shared.put("profile", spareProfile);
        shared.put("job", job);
        shared.put("step", step);
        // the running VM's; in the world of the VM that is down it is another VM's, which no attack's answer
        // depends on (each is refused before the pair is looked at, or for the id it spoils)
        shared.put("migration", migration);
        shared.put("event", event);
        shared.put("_mgmtProfile", base.mgmtProfile);
        List<Map<String, String>> worlds = List.of(
                world(api, shared, running.id(), running.nic(), h2, h1),
                world(api, shared, down, downNic, h1, h2));
        return new HostileFixture(api, base, new Targets(worlds));
    }

    Targets targets() {
        return targets;
    }

    /** What GET answers for each host's simulation settings, which the storm must not change either. */
    Map<String, String> simulationSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String host : base.hosts) {
            settings.put(host, ok(api.xml().get(API + "/hosts/" + host + "/simulation")));
        }
        return settings;
    }

    /** The engine still answers, its VMs are as they were, and so are the simulated hosts. */
    void assertStillServing(Map<String, String> simulationBefore) {
        Xml vms = Xml.parse(ok(api.xml().get(API + "/vms")));
        assertThat(vms.count("/vms/vm")).isEqualTo(2);
        assertThat(vms.text("/vms/vm[@id='" + base.vms.get(0).id() + "']/status")).isEqualTo("up");
        assertThat(simulationSettings()).isEqualTo(simulationBefore);
    }

    private static Map<String, String> world(ApiClient api, Map<String, String> shared, String vm, String nic,
            String host, String otherHost) {
        Map<String, String> w = new LinkedHashMap<>(shared);
        w.put("vm", vm);
        w.put("nic", nic);
        w.put("host", host);
        w.put("_otherHost", otherHost);
        w.put("device", Xml.parse(ok(api.get(API + "/hosts/" + host + "/devices")))
                .text("/host_devices/host_device[physical_function][1]/@id"));
        w.put("attachment", Xml.parse(ok(api.get(API + "/hosts/" + host + "/networkattachments")))
                .text("/network_attachments/network_attachment[1]/@id"));
        return Map.copyOf(w);
    }

    /** Migrates the VM and waits for the migration and its job to finish, so nothing writes on; returns the job. */
    private static String migrate(ApiClient api, String vm, String to) {
        ok(api.post(API + "/vms/" + vm + "/migrate", "<action><host id=\"" + to + "\"/></action>"));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Xml jobs = Xml.parse(ok(api.get(API + "/jobs?max=1")));
            String phase = Xml.parse(ok(api.get(API + "/vms/" + vm + "/migrations"))).text("/migrations/migration[1]/phase");
            if ("finished".equals(jobs.text("/jobs/job[1]/status")) && "done".equals(phase)) {
                return jobs.text("/jobs/job[1]/@id");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the fixture's migration did not finish");
    }

    private static String id(HttpResponse<String> r, String root) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Xml.parse(r.body()).text("/" + root + "/@id");
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(200);
        return r.body();
    }
}
