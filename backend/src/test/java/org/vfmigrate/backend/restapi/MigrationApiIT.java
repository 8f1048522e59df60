package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.Xml;

/**
 * {@code POST /vms/{id}/migrate}, {@code cancelmigration}, {@code GET /vms/{id}/migrations} and one migration by
 * its {@code href} over real HTTP.
 */
class MigrationApiIT extends RunningVmApiTestBase {

    @Test
    void migrateMovesTheVmAndItsMigrationShowsEveryPhaseTiming() {
        f.host("h1", 2);
        UUID h2 = f.host("h2", 2);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);

        HttpResponse<String> r = api.post(VMS + "/" + vm + "/migrate", "<action><host id=\"" + h2 + "\"/></action>");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Xml done = waitForPhase(vm, "done");
        assertThat(done.text("/migrations/migration[1]/destination_host/@id")).isEqualTo(h2.toString());
        assertThat(done.text("/migrations/migration[1]/mode")).isEqualTo("engine_managed");
        assertThat(done.text("/migrations/migration[1]/outage_ms")).isEqualTo("0");
        assertThat(done.text("/migrations/migration[1]/degraded_ms")).isNotEmpty();
        for (String time : new String[] {"start_time", "end_time"}) {
            assertThat(done.text("/migrations/migration[1]/" + time)).as(time + " in oVirt's date form")
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        }
        assertThat(getXml(VMS + "/" + vm).text("/vm/host/@id")).isEqualTo(h2.toString());
        assertThat(readJson(api.json().get(VMS + "/" + vm + "/migrations").body()).path("migration").get(0)
                .path("phase").asText()).isEqualTo("done");
    }

    @Test
    void eachMigrationsHrefServesThatMigrationAndOnlyUnderItsOwnVm() {
        f.host("h1", 2);
        f.host("h2", 2);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);
        String other = addVm("vm2");
        assertThat(api.post(VMS + "/" + vm + "/migrate", "<action/>").statusCode()).isEqualTo(200);
        Xml list = waitForPhase(vm, "done");
        String id = list.text("/migrations/migration[1]/@id");
        String href = list.text("/migrations/migration[1]/@href");

        Xml one = getXml(href);

        assertThat(href).isEqualTo(VMS + "/" + vm + "/migrations/" + id);
        assertThat(one.text("/migration/@id")).isEqualTo(id);
        assertThat(one.text("/migration/@href")).isEqualTo(href);
        assertThat(one.text("/migration/phase")).isEqualTo("done");
        assertThat(one.text("/migration/destination_host/@id"))
                .isEqualTo(list.text("/migrations/migration[1]/destination_host/@id"));
        assertThat(one.text("/migration/end_time")).isEqualTo(list.text("/migrations/migration[1]/end_time"));
        assertThat(getJson(href).path("id").asText()).isEqualTo(id);
        assertThat(fault(api.get(VMS + "/" + vm + "/migrations/" + UUID.randomUUID()), 404))
                .isEqualTo("Entity not found: the requested object does not exist.");
        assertThat(fault(api.get(VMS + "/" + other + "/migrations/" + id), 404))
                .as("a migration of another VM").isEqualTo("Entity not found: the requested object does not exist.");
        assertThat(api.get(VMS + "/" + UUID.randomUUID() + "/migrations/" + id).statusCode()).isEqualTo(404);
        assertThat(fault(api.get(VMS + "/" + vm + "/migrations/not-an-id"), 400)).contains("'not-an-id'");
        assertThat(readOnly.get(href).statusCode()).isEqualTo(200);
    }

    @Test
    void theVmsOwnMigrationPolicyOverridesTheClustersAndIsRecorded() {
        f.host("h1", 2);
        f.host("h2", 2);
        assertThat(getXml(API + "/clusters/" + f.cluster).text("/cluster/migration_policy")).isEqualTo("minimal_downtime");
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        assertThat(fault(api.put(VMS + "/" + vm, "<vm><migration_policy>fastest</migration_policy></vm>"), 400))
                .contains("'migration_policy'");
        assertThat(api.put(VMS + "/" + vm, "<vm><migration_policy>suspend_workload</migration_policy></vm>")
                .statusCode()).isEqualTo(200);
        start(vm);

        assertThat(api.post(VMS + "/" + vm + "/migrate", "<action/>").statusCode()).isEqualTo(200);

        Xml done = waitForPhase(vm, "done");
        assertThat(done.text("/migrations/migration[1]/policy")).isEqualTo("suspend_workload");
    }

    @Test
    void migrateWithoutAnyDestinationAndCancelWithoutMigrationAreFaults() {
        f.host("h1", 2);
        String vm = addVm("vm1");
        addNic(vm, "nic1", f.sriovVf);
        start(vm);

        assertThat(fault(api.post(VMS + "/" + vm + "/migrate", "<action/>"), 400))
                .startsWith("[Cannot migrate VM. There is no host that satisfies current scheduling constraints:");
        assertThat(fault(api.post(VMS + "/" + vm + "/cancelmigration", "<action/>"), 409))
                .isEqualTo("[Cannot cancel migration for VM. VM vm1 is not being migrated.]");
        assertThat(readOnly.post(VMS + "/" + vm + "/migrate", "<action/>").statusCode()).isEqualTo(403);
        assertThat(api.post(VMS + "/" + UUID.randomUUID() + "/migrate", "<action/>").statusCode()).isEqualTo(404);
    }

    private Xml waitForPhase(String vm, String phase) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Xml list = getXml(VMS + "/" + vm + "/migrations");
            if (phase.equals(list.text("/migrations/migration[1]/phase"))) {
                return list;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("migration never reached " + phase);
    }
}
