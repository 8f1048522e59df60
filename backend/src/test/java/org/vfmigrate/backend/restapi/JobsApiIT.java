package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.FAIL;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.MIGRATE;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.backend.testing.Xml;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * {@code /jobs} and {@code /jobs/{id}/steps} over real HTTP: a migration is one job with a step per phase, finished
 * when the migration is done and failed, with the step it failed in, when it is undone; the running migrating step
 * shows the host's progress; unknown jobs are 404s and
 * the read-only user may read jobs.
 */
class JobsApiIT extends RunningVmApiTestBase {

    static final String JOBS = API + "/jobs";
    /** How oVirt writes dates, and oVirt clients parse them: milliseconds always, then the offset. */
    static final String OVIRT_DATE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    @Test
    void aMigrationIsAFinishedJobWithThreeFinishedStepsInOrder() {
        f.host("h1", 2);
        String vm = runningVm("jobs-vm1");
        UUID h2 = f.host("h2", 2);

        migrate(vm, h2);
        Xml jobs = waitForJobToEnd();

        String id = jobs.text("/jobs/job[1]/@id");
        Xml job = getXml(JOBS + "/" + id);
        assertThat(job.text("/job/@href")).isEqualTo(JOBS + "/" + id);
        assertThat(job.text("/job/description")).isEqualTo("Migrating VM jobs-vm1 to h2");
        assertThat(job.text("/job/status")).isEqualTo("finished");
        assertThat(job.text("/job/owner/name")).isEqualTo("admin@internal");
        assertThat(job.text("/job/start_time")).matches(OVIRT_DATE);
        assertThat(job.text("/job/end_time")).matches(OVIRT_DATE);
        assertThat(job.text("/job/link[@rel='steps']/@href")).isEqualTo(JOBS + "/" + id + "/steps");

        Xml steps = getXml(JOBS + "/" + id + "/steps");
        assertThat(steps.count("/steps/step")).isEqualTo(3);
        String[] kinds = {"unplugging_vfs", "migrating", "plugging_vfs"};
        for (int i = 1; i <= 3; i++) {
            String step = "/steps/step[" + i + "]";
            assertThat(steps.text(step + "/type")).as("oVirt's step type").isEqualTo("executing");
            assertThat(steps.text(step + "/kind")).isEqualTo(kinds[i - 1]);
            assertThat(steps.text(step + "/number")).isEqualTo(String.valueOf(i));
            assertThat(steps.text(step + "/status")).isEqualTo("finished");
            assertThat(steps.text(step + "/progress")).isEqualTo("100");
            assertThat(steps.text(step + "/start_time")).matches(OVIRT_DATE);
            assertThat(steps.text(step + "/end_time")).matches(OVIRT_DATE);
            assertThat(steps.text(step + "/job/@id")).isEqualTo(id);
        }
        assertThat(steps.text("/steps/step[1]/description")).isEqualTo("Unplugging the VFs of VM jobs-vm1 on h1");
        assertThat(steps.text("/steps/step[2]/description")).isEqualTo("Migrating VM jobs-vm1 from h1 to h2");
    }

    @Test
    void aFailedMigrationIsAFailedJobWhoseMigratingStepFailed() {
        UUID h1 = f.host("h1", 2);
        String vm = runningVm("jobs-vm2");
        UUID h2 = f.host("h2", 2);
        f.faults(h1, RunningVmFixture.fault(MIGRATE, "jobs-vm2", FAIL));

        migrate(vm, h2);
        Xml jobs = waitForJobToEnd();

        assertThat(jobs.text("/jobs/job[1]/status")).isEqualTo("failed");
        Xml steps = getXml(JOBS + "/" + jobs.text("/jobs/job[1]/@id") + "/steps");
        assertThat(steps.count("/steps/step")).isEqualTo(2);
        assertThat(steps.text("/steps/step[1]/kind")).isEqualTo("unplugging_vfs");
        assertThat(steps.text("/steps/step[1]/status")).isEqualTo("finished");
        assertThat(steps.text("/steps/step[2]/kind")).isEqualTo("migrating");
        assertThat(steps.text("/steps/step[2]/status")).isEqualTo("failed");
        assertThat(steps.text("/steps/step[2]/end_time")).isNotEmpty();
    }

    @Test
    void theRunningMigratingStepShowsTheHostsProgress() {
        UUID h1 = f.host("h1", 2);
        String vm = runningVm("jobs-vm5");
        UUID h2 = f.host("h2", 2);
        f.sim(h1).configure(new SimSettings(null, 0L, 512L, 0L, null)); // 1 GiB copied in 2 s, 25 % every 500 ms

        migrate(vm, h2);
        Set<String> seenWhileRunning = new TreeSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Xml jobs = getXml(JOBS);
        while ("started".equals(jobs.text("/jobs/job[1]/status")) && System.nanoTime() < deadline) {
            Xml steps = getXml(JOBS + "/" + jobs.text("/jobs/job[1]/@id") + "/steps");
            if ("migrating".equals(steps.text("/steps/step[2]/kind"))
                    && "started".equals(steps.text("/steps/step[2]/status"))) {
                seenWhileRunning.add(steps.text("/steps/step[2]/progress"));
            }
            jobs = getXml(JOBS);
        }

        assertThat(seenWhileRunning).containsAnyOf("25", "50", "75").isSubsetOf("0", "25", "50", "75", "100");
        Xml steps = getXml(JOBS + "/" + jobs.text("/jobs/job[1]/@id") + "/steps");
        assertThat(steps.text("/steps/step[2]/status")).isEqualTo("finished");
        assertThat(steps.text("/steps/step[2]/progress")).isEqualTo("100");
    }

    @Test
    void theReadOnlyUserReadsJobsAsJsonTooAndTheNewestComesFirst() {
        f.host("h1", 2);
        String first = runningVm("jobs-vm3");
        String second = runningVm("jobs-vm4");
        UUID h2 = f.host("h2", 4);
        migrate(first, h2);
        waitForJobToEnd();
        migrate(second, h2);
        waitForJobToEnd();

        Xml jobs = Xml.parse(ok(readOnly.get(JOBS)));
        assertThat(jobs.count("/jobs/job")).isEqualTo(2);
        assertThat(jobs.text("/jobs/job[1]/description")).isEqualTo("Migrating VM jobs-vm4 to h2");
        assertThat(Xml.parse(ok(readOnly.get(JOBS + "?max=1"))).count("/jobs/job")).isEqualTo(1);
        String id = jobs.text("/jobs/job[2]/@id");
        assertThat(Xml.parse(ok(readOnly.get(JOBS + "/" + id + "/steps"))).count("/steps/step")).isEqualTo(3);
        assertThat(readJson(ok(new ApiClient(port).basic("user@internal", USER_PASSWORD).json().get(JOBS + "/" + id)))
                .path("owner").path("name").asText()).isEqualTo("admin@internal");
        assertThat(readOnly.post(JOBS, "<job/>").statusCode()).isEqualTo(403);
    }

    @Test
    void unknownJobsAreNotFoundAndAnonymousCallersAreRefused() {
        String unknown = UUID.randomUUID().toString();

        assertThat(api.get(JOBS + "/" + unknown).statusCode()).isEqualTo(404);
        assertThat(api.get(JOBS + "/" + unknown + "/steps").statusCode()).isEqualTo(404);
        assertThat(fault(api.get(JOBS + "?max=0"), 400)).isNotEmpty();
        assertThat(new ApiClient(port).get(JOBS).statusCode()).isEqualTo(401);
    }

    private String runningVm(String name) {
        String vm = addVm(name);
        addNic(vm, "nic1", f.sriovVf);
        start(vm);
        return vm;
    }

    private void migrate(String vm, UUID host) {
        HttpResponse<String> r = api.post(VMS + "/" + vm + "/migrate", "<action><host id=\"" + host + "\"/></action>");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    /** Polls the newest job until it is no longer running; returns the job list. */
    private Xml waitForJobToEnd() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Xml jobs = getXml(JOBS);
            String status = jobs.text("/jobs/job[1]/status");
            if (!status.isEmpty() && !"started".equals(status)) {
                return jobs;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the job never ended");
    }
}
