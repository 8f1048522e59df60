package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * {@code GET /vms/{id}/datapath} over real HTTP: the simulated guest's path through a migration (VF, virtio twin,
 * the stop-and-copy pause, virtio on the destination, VF again) with wall-clock times inside the migration's
 * own; a legacy VF NIC has no path at all while its VF is away; administrators only; 404 for a VM no simulated
 * host ever ran. VM names are unique per test because the simulator keeps one timeline per name.
 */
class DataPathApiIT extends RunningVmApiTestBase {

    @Test
    void aFailoverNicGoesFromVfToVirtioThroughThePauseAndBackToVf() {
        UUID h1 = f.host("h1", 2);
        UUID h2 = f.host("h2", 2);
        f.sim(h1).configure(new SimSettings(null, 0L, 0L, 40L, null));
        String name = "dp-" + UUID.randomUUID().toString().substring(0, 8);
        String vm = addVm(name);
        addNic(vm, "nic1", f.sriovVf);
        start(vm);

        assertThat(api.post(VMS + "/" + vm + "/migrate", "<action><host id=\"" + h2 + "\"/></action>").statusCode())
                .isEqualTo(200);
        Xml migration = waitUntilDone(vm);

        JsonNode path = getJson(VMS + "/" + vm + "/datapath");
        assertThat(path.path("vm").path("id").asText()).isEqualTo(vm);
        List<String> paths = new ArrayList<>();
        path.path("changes").forEach(c -> paths.add(c.path("path").asText()));
        assertThat(paths).containsExactly("vf", "virtio", "paused", "virtio", "vf");
        path.path("changes").forEach(c -> assertThat(c.path("failover").asText()).isEqualTo("true"));
        assertThat(path.path("outage_ms").asLong()).as("only the pause").isBetween(40L, 1000L);
        Instant started = Instant.parse(migration.text("/migrations/migration/start_time"));
        Instant ended = Instant.parse(migration.text("/migrations/migration/end_time"));
        Instant unplugged = Instant.parse(path.path("changes").get(1).path("time").asText());
        Instant plugged = Instant.parse(path.path("changes").get(4).path("time").asText());
        assertThat(unplugged).isBetween(started.minusMillis(5), ended.plusMillis(5));
        assertThat(plugged).isBetween(unplugged, ended.plusMillis(5));
        assertThat(Instant.parse(path.path("end_time").asText())).isAfterOrEqualTo(plugged);

        Xml xml = getXml(VMS + "/" + vm + "/datapath");
        assertThat(xml.count("/data_path/changes/change")).isEqualTo(5);
        assertThat(xml.text("/data_path/changes/change[3]/path")).isEqualTo("paused");
    }

    @Test
    void aLegacyVfNicHasNoPathWhileItsVfIsAway() {
        f.host("h1", 2);
        UUID h2 = f.host("h2", 2);
        String vm = addVm("dp-" + UUID.randomUUID().toString().substring(0, 8));
        addNic(vm, "nic1", f.legacyVf);
        start(vm);

        api.post(VMS + "/" + vm + "/migrate", "<action><host id=\"" + h2 + "\"/></action>");
        waitUntilDone(vm);

        Xml path = getXml(VMS + "/" + vm + "/datapath");
        assertThat(path.text("/data_path/changes/change[1]/path")).isEqualTo("vf");
        assertThat(path.text("/data_path/changes/change[2]/path")).isEqualTo("none");
        assertThat(path.text("/data_path/changes/change[2]/failover")).isEqualTo("false");
        assertThat(path.text("/data_path/changes/change[last()]/path")).isEqualTo("vf");
        assertThat(path.count("/data_path/changes/change[path='virtio']")).isZero();
    }

    @Test
    void onlyAdministratorsReadItAndAVmNoSimulatedHostRanHasNone() {
        f.host("h1", 2);
        String name = "dp-" + UUID.randomUUID().toString().substring(0, 8);
        String vm = addVm(name);

        assertThat(fault(api.get(VMS + "/" + vm + "/datapath"), 404))
                .isEqualTo("VM " + name + " has no simulated data path: it never ran on a simulated host.");
        assertThat(api.get(VMS + "/" + UUID.randomUUID() + "/datapath").statusCode()).isEqualTo(404);
        assertThat(api.get(VMS + "/not-a-uuid/datapath").statusCode()).isEqualTo(400);
        addNic(vm, "nic1", f.sriovVf);
        start(vm);
        assertThat(api.get(VMS + "/" + vm + "/datapath").statusCode()).isEqualTo(200);
        assertThat(readOnly.get(VMS + "/" + vm + "/datapath").statusCode()).isEqualTo(403);
        assertThat(api.send("DELETE", VMS + "/" + vm + "/datapath", null, "").statusCode()).isEqualTo(405);
    }

    private Xml waitUntilDone(String vm) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Xml list = getXml(VMS + "/" + vm + "/migrations");
            if ("done".equals(list.text("/migrations/migration[1]/phase"))) {
                return list;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the migration of " + vm + " never finished");
    }
}
