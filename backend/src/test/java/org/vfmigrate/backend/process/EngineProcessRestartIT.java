package org.vfmigrate.backend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.Xml;

/**
 * The packaged engine as a user runs it ({@code java -jar}, configured by environment, the demo on) keeps
 * everything across a clean stop (SIGTERM) and a kill (SIGKILL, which leaves its PostgreSQL running): every
 * object, every finished migration with its phases and timings, jobs with their steps, events, and VMs running
 * on the hosts they were migrated to; and it works on after both. A second engine on the same data is refused.
 */
class EngineProcessRestartIT {

    /** How the JVM ends after an orderly shutdown on SIGTERM (128 + 15), and when SIGKILLed (128 + 9). */
    private static final int EXIT_SIGTERM = 143;
    private static final int EXIT_SIGKILL = 137;
    private static final Duration MIGRATION_TIMEOUT = Duration.ofSeconds(30);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path home;

    static EngineProcess engine;
    static EngineApi api;

    @RegisterExtension
    static final EngineLogOnFailure LOG_ON_FAILURE = new EngineLogOnFailure(() -> engine);

    @BeforeAll
    static void startEngine() {
        engine = EngineProcess.in(home).start();
        api = new EngineApi(engine.api());
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
            assertThat(engine.databaseProcesses()).as("PostgreSQL left running").isEmpty();
        }
    }

    @Test
    void objectsMigrationsJobsAndEventsSurviveACleanStopAndAKill() {
        String host1 = api.idOf("hosts", "host1");
        String host2 = api.idOf("hosts", "host2");
        String demoVm = api.idOf("vms", "demo-vm");
        String vm = vmOnANewFailoverProfile(host1);

        // both to host2: host1 then runs nothing, as a drained host does, and a restart must still know it
        api.migrate(demoVm, host2);
        api.migrate(vm, host2);
        Xml demoVmMigrations = api.awaitMigration(demoVm, 1, MIGRATION_TIMEOUT);
        Xml vmMigrations = api.awaitMigration(vm, 1, MIGRATION_TIMEOUT);
        assertMigrationDone(demoVmMigrations, host1, host2);
        assertMigrationDone(vmMigrations, host1, host2);
        assertJobFinished("Migrating VM demo-vm to host2");
        assertJobFinished("Migrating VM restart-vm to host2");
        ApiSnapshot beforeStop = ApiSnapshot.take(api());
        assertThat(beforeStop.objects()).containsKeys("/vms#" + vm, "/vnicprofiles#" + api.idOf("vnicprofiles",
                "restart-vf"), "/vms/" + demoVm + "/migrations#" + demoVmMigrations.text("/migrations/migration/@id"),
                "/vms/" + vm + "/migrations#" + vmMigrations.text("/migrations/migration/@id"));

        assertThat(engine.stop()).as("exit code after SIGTERM").isEqualTo(EXIT_SIGTERM);
        assertThat(engine.databaseProcesses()).as("PostgreSQL stopped with the engine").isEmpty();
        assertThat(engine.log().stdoutText().lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")))
                .as("warnings and errors of a run that was stopped cleanly").isEmpty();
        assertThat(engine.log().stderrText()).isEmpty();

        engine.start();
        assertIntact(beforeStop);
        assertRunsOn(demoVm, host2);
        assertRunsOn(vm, host2);
        api.add("networks", "<network><name>added-before-kill</name><data_center id=\""
                + api.idOf("datacenters", "Default") + "\"/></network>");
        ApiSnapshot beforeKill = ApiSnapshot.take(api());
        assertThat(engine.databaseProcesses()).as("the postmaster").hasSize(1);
        long postmaster = engine.databaseProcesses().get(0).pid();

        assertThat(engine.kill()).as("exit code after SIGKILL").isEqualTo(EXIT_SIGKILL);
        assertThat(engine.databaseProcesses()).as("PostgreSQL left running by the killed engine")
                .extracting(ProcessHandle::pid).containsExactly(postmaster);

        engine.start();
        assertThat(engine.log().stdoutText()).contains("Stopping PostgreSQL (pid " + postmaster + ") left running");
        assertIntact(beforeKill);
        assertRunsOn(demoVm, host2);
        assertRunsOn(vm, host2);

        api.migrate(demoVm, host1);
        assertMigrationDone(api.awaitMigration(demoVm, 2, MIGRATION_TIMEOUT), host2, host1);
        assertJobFinished("Migrating VM demo-vm to host1");
        assertRunsOn(demoVm, host1);
    }

    @Test
    void aSecondEngineOnTheSameDataIsRefusedInOneLineAndTheFirstRunsOn() {
        EngineProcess.Exit second = engine.startAnotherOnTheSameData(Duration.ofSeconds(60));

        assertThat(second.code()).as(second.stdout() + second.stderr()).isEqualTo(2);
        assertThat(second.stderr().lines()).containsExactly("vfmigrate: cannot start: VFMIGRATE_DATA_DIR="
                + engine.dataDirectory() + " cannot be used: another vfmigrate engine is running with it");
        assertThat(api.getRaw("").statusCode()).isEqualTo(200);
        assertThat(engine.isRunning()).isTrue();
    }

    /** A VM added, given a NIC on a failover profile made for it, and started on the host; returns its id. */
    private static String vmOnANewFailoverProfile(String host) {
        String dc = api.idOf("datacenters", "Default");
        api.add("networks", "<network><name>restart-net</name><data_center id=\"" + dc + "\"/></network>");
        String profile = api.add("vnicprofiles", "<vnic_profile><name>restart-vf</name><network id=\""
                + api.idOf("networks", "sriov-net") + "\"/><pass_through><mode>enabled</mode></pass_through>"
                + "<migratable>true</migratable><failover id=\"" + api.idOf("vnicprofiles", "ovirtmgmt")
                + "\"/></vnic_profile>");
        String vm = api.add("vms", "<vm><name>restart-vm</name><cluster id=\"" + api.idOf("clusters", "Default")
                + "\"/><memory>1073741824</memory><os><type>rhel_8x64</type></os></vm>");
        api.add("vms/" + vm + "/nics", "<nic><name>nic1</name><vnic_profile id=\"" + profile + "\"/></nic>");
        api.act("vms/" + vm + "/start", "<action><host id=\"" + host + "\"/></action>");
        return vm;
    }

    private static void assertMigrationDone(Xml migrations, String source, String destination) {
        String newest = "/migrations/migration[1]/";
        assertThat(migrations.text(newest + "source_host/@id")).isEqualTo(source);
        assertThat(migrations.text(newest + "destination_host/@id")).isEqualTo(destination);
        assertThat(migrations.text(newest + "end_time")).isNotEmpty();
        for (String timing : new String[] {"unplug_ms", "migration_ms", "downtime_ms", "degraded_ms"}) {
            assertThat(migrations.text(newest + timing)).as(timing).matches("\\d+");
        }
        assertThat(migrations.text(newest + "outage_ms")).isEqualTo("0");
    }

    /** The job is finished, and so is each of its steps, in order. */
    private static void assertJobFinished(String description) {
        Xml jobs = api.get("/jobs");
        String job = "/jobs/job[description='" + description + "']";
        assertThat(jobs.count(job)).as(description).isEqualTo(1);
        assertThat(jobs.text(job + "/status")).isEqualTo("finished");
        Xml steps = api.get("/jobs/" + jobs.text(job + "/@id") + "/steps");
        assertThat(steps.count("/steps/step")).isEqualTo(3);
        assertThat(List.of(steps.text("/steps/step[1]/kind"), steps.text("/steps/step[2]/kind"),
                steps.text("/steps/step[3]/kind"))).containsExactly("unplugging_vfs", "migrating", "plugging_vfs");
        assertThat(steps.count("/steps/step[status!='finished']")).isZero();
    }

    private static void assertIntact(ApiSnapshot before) {
        ApiSnapshot after = ApiSnapshot.take(api());
        assertThat(after.lostOrChangedSince(before)).as("objects lost or changed by the restart").isEmpty();
        assertThat(after.addedSince(before)).as("objects the restart added").isEmpty();
    }

    /** The VM is up on the host in the database, and that host runs it with its VF and virtio twin. */
    private static void assertRunsOn(String vm, String host) {
        Xml stored = api.get("/vms/" + vm);
        assertThat(stored.text("/vm/status")).isEqualTo("up");
        assertThat(stored.text("/vm/host/@id")).isEqualTo(host);
        String mac = api.get("/vms/" + vm + "/nics").text("/nics/nic[1]/mac/address");
        Xml live = api.get("/vms/" + vm + "/domainxml");
        assertThat(live.text("//interface[@type='hostdev']/mac/@address")).isEqualTo(mac);
        assertThat(live.text("//interface[@type='hostdev']/teaming/@type")).isEqualTo("transient");
        assertThat(live.text("//interface[@type='bridge']/mac/@address")).isEqualTo(mac);
        assertThat(live.text("//interface[@type='bridge']/teaming/@type")).isEqualTo("persistent");
    }

    private static ApiClient api() {
        return engine.api();
    }
}
