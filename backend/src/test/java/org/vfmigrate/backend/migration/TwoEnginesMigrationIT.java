package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.backend.testing.SeparateEngine;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.dal.testing.TestDatabase;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Kind;
import org.vfmigrate.vdsbroker.host.sim.SimFault.Operation;

/**
 * Two engines on one database and the same hosts: both move the VMs off one host at the same time, racing for
 * the same VMs, the same free VFs and the source's migration slots; and one engine takes over the migration of
 * the other once that one stopped and its lease ran out (but not before).
 */
class TwoEnginesMigrationIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    EngineLease lease;
    @Autowired
    MigrationRecovery recovery;

    @Test
    void twoEnginesMovingTheSameVmsNeverShareAVfNorExceedTheSourceLimit() throws Exception {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        List<UUID> sources = List.of(f.host("a", 6), f.host("b", 6));
        List<UUID> destinations = List.of(f.host("c", 6), f.host("d", 6));
        List<UUID> vms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID vm = vmUsing(f.cluster, "vm" + i + "-" + UUID.randomUUID().toString().substring(0, 6), f.sriovVf);
            runOk(ActionType.RUN_VM, new VmIdParameters(vm, sources.get(i / 3)));
            vms.add(vm);
        }
        try (SeparateEngine other = SeparateEngine.start(Files.createTempDirectory("vfmigrate-other"),
                drivers.simulation())) {
            ExecutorService clients = Executors.newFixedThreadPool(4);
            List<Future<?>> runs = new ArrayList<>();
            // each engine starts from another end of the list, then both race for whatever is left
            List<UUID> reversed = new ArrayList<>(vms);
            java.util.Collections.reverse(reversed);
            for (Backend engine : List.of(backend, other.bean(Backend.class))) {
                List<UUID> order = engine == backend ? vms : reversed;
                for (int client = 0; client < 2; client++) {
                    runs.add(clients.submit(() -> moveAllOff(engine, order, sources, destinations)));
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
            clients.shutdown();
            awaitNoUnfinishedMigration();
            UUID otherEngine = other.bean(EngineLease.class).self();
            JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
            assertThat(jdbc.queryForList("select distinct engine_id from migrations", UUID.class))
                    .containsExactlyInAnyOrder(lease.self(), otherEngine);
        }
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        assertThat(jdbc.queryForObject("select count(*) from migrations where phase <> 'DONE'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from migrations where phase = 'DONE'", Integer.class))
                .as("each VM moved exactly once").isEqualTo(vms.size());
        for (UUID vm : vms) {
            String name = inTransaction(() -> vmDao.get(vm).getName());
            UUID runsOn = inTransaction(() -> vmDao.get(vm).getRunOnHostId());
            assertThat(sources).doesNotContain(runsOn);
            long copies = drivers.simulation().hosts().stream().filter(h -> h.runningDomains().contains(name)).count();
            assertThat(copies).as("copies of " + name + " running").isEqualTo(1);
            assertThat(f.sim(runsOn).runningDomains()).contains(name);
        }
        assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_nic_id is not null "
                + "and reservation = 'ATTACHED'", Integer.class)).isEqualTo(vms.size());
        assertThat(jdbc.queryForObject("select count(*) - count(distinct vm_nic_id) from host_devices "
                + "where vm_nic_id is not null", Integer.class)).isZero();
        for (UUID host : jdbc.queryForList("select distinct source_host_id from migrations", UUID.class)) {
            assertThat(maxOverlap(jdbc.queryForList("select started_at, finished_at from migrations "
                    + "where source_host_id = ?", host))).as("parallel migrations from one host").isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aStoppedEnginesMigrationIsTakenOverOnlyOnceItsLeaseRanOut() throws Exception {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID source = f.host("src", 2);
        UUID destination = f.host("dst", 2);
        String name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
        UUID vm = vmUsing(f.cluster, name, f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
        f.faults(source, new SimFault(Operation.MIGRATE, name, Kind.HANG, 1, null, null));
        SeparateEngine other = SeparateEngine.start(Files.createTempDirectory("vfmigrate-other"), drivers.simulation());
        UUID migration;
        try {
            var result = other.bean(Backend.class).runAction(ActionType.MIGRATE_VM,
                    new MigrateVmParameters(vm, destination));
            assertThat(result.getSucceeded()).as(result.toString()).isTrue();
            migration = result.getActionReturnValue();
            awaitPhase(migration, MigrationPhase.MIGRATING);

            assertThat(recovery.recoverOrphans()).as("the other engine lives and carries it").isZero();
            assertThat(phase(migration)).isEqualTo(MigrationPhase.MIGRATING);
        } finally {
            other.close();
        }
        assertThat(recovery.recoverOrphans()).as("lease not yet run out").isZero();

        Thread.sleep(lease.lease().toMillis() + 500);
        assertThat(recovery.recoverOrphans()).isEqualTo(1);

        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        Map<String, Object> row = jdbc.queryForMap("select phase, engine_id from migrations where id = ?", migration);
        assertThat(row).containsEntry("phase", "UNDONE").containsEntry("engine_id", lease.self());
        assertThat(f.sim(source).runningDomains()).contains(name);
        assertThat(f.sim(destination).runningDomains()).doesNotContain(name);
        assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_nic_id is not null and host_id = ?",
                Integer.class, destination)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_nic_id is not null and host_id = ? "
                + "and reservation = 'ATTACHED'", Integer.class, source)).isEqualTo(1);
    }

    /** Asks the engine to move every VM still on a source to its destination until none is left on the sources. */
    private void moveAllOff(Backend engine, List<UUID> vms, List<UUID> sources, List<UUID> destinations) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            boolean anyLeft = false;
            for (UUID vm : vms) {
                int at = sources.indexOf(inTransaction(() -> vmDao.get(vm).getRunOnHostId()));
                if (at >= 0) {
                    anyLeft = true;
                    engine.runAction(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, destinations.get(at)));
                }
            }
            if (!anyLeft) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("VMs still on the sources after 60 s");
    }

    private void awaitNoUnfinishedMigration() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("select count(*) from migrations where phase not in ('DONE', 'UNDONE')",
                Integer.class) > 0) {
            assertThat(System.nanoTime()).as("migrations finished in time").isLessThan(deadline);
            sleep(20);
        }
    }

    private static int maxOverlap(List<Map<String, Object>> intervals) {
        int max = 0;
        for (Map<String, Object> i : intervals) {
            Instant at = instant(i.get("started_at"));
            int running = 0;
            for (Map<String, Object> j : intervals) {
                Instant start = instant(j.get("started_at"));
                Instant end = instant(j.get("finished_at"));
                if (!start.isAfter(at) && end.isAfter(at)) {
                    running++;
                }
            }
            max = Math.max(max, running);
        }
        return max;
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof java.sql.Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) timestamp).toInstant();
    }

    private MigrationPhase phase(UUID m) {
        return MigrationPhase.valueOf(new JdbcTemplate(TestDatabase.get().dataSource())
                .queryForObject("select phase from migrations where id = ?", String.class, m));
    }

    private void awaitPhase(UUID m, MigrationPhase phase) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (phase(m) != phase) {
            assertThat(System.nanoTime()).as("reached " + phase).isLessThan(deadline);
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
