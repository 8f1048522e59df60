package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.testing.TestDatabase;

/** Maintenance empties a host within its parallel-migration limit, and stays put when a VM cannot leave. */
class HostEvacuationIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;

    @Test
    void maintenanceMigratesEveryVmAwayWithinTheLimitAndThenEntersMaintenance() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID source = f.host("src", 8);
        UUID destination = f.host("dst", 8);
        inTransaction(() -> {
            hostDao.get(source).setMaxParallelMigrations(2);
            return null;
        });
        List<UUID> vms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID vm = vmUsing(f.cluster, "vm" + i, f.sriovVf);
            runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
            vms.add(vm);
        }

        runOk(ActionType.DEACTIVATE_HOST, new HostIdParameters(source));
        waitForStatus(source, HostStatus.MAINTENANCE);

        for (UUID vm : vms) {
            Vm moved = inTransaction(() -> vmDao.get(vm));
            assertThat(moved.getRunOnHostId()).isEqualTo(destination);
        }
        assertThat(f.sim(source).runningDomains()).isEmpty();
        assertThat(maxOverlappingMigrationsFrom(source)).isBetween(1, 2);
        assertThat(audit().stream().map(a -> a.getLogType())).contains(AuditLogType.HOST_EVACUATED);
        JdbcTemplate db = new JdbcTemplate(TestDatabase.get().dataSource());
        assertThat(db.queryForList("select status || '/' || owner_name from jobs", String.class))
                .hasSize(6).containsOnly("FINISHED/SYSTEM");
        assertThat(db.queryForList("select type from steps where status = 'FINISHED' order by job_id, number",
                String.class)).hasSize(18).startsWith("UNPLUGGING_VFS", "MIGRATING", "PLUGGING_VFS");
    }

    @Test
    void fiftyVmsLeaveTheHostWithinItsLimitOfTwo() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID source = f.host("src50", 32);
        UUID first = f.host("dstA", 32);
        UUID second = f.host("dstB", 32);
        inTransaction(() -> {
            hostDao.get(source).setMaxParallelMigrations(2);
            return null;
        });
        List<UUID> vms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID vm = vmUsing(f.cluster, "e" + i + "-" + UUID.randomUUID().toString().substring(0, 6),
                    i < 30 ? f.sriovVf : f.mgmt);
            runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));
            vms.add(vm);
        }

        runOk(ActionType.DEACTIVATE_HOST, new HostIdParameters(source));
        waitForStatus(source, HostStatus.MAINTENANCE);

        for (UUID vm : vms) {
            assertThat(inTransaction(() -> vmDao.get(vm)).getRunOnHostId()).isIn(first, second);
        }
        assertThat(f.sim(source).runningDomains()).isEmpty();
        assertThat(maxOverlappingMigrationsFrom(source)).isBetween(1, 2);
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        assertThat(jdbc.queryForObject("select count(*) from host_devices where host_id = ? and vm_nic_id is not null",
                Integer.class, source)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_nic_id is not null and reservation "
                + "= 'ATTACHED'", Integer.class)).isEqualTo(30);
    }

    @Test
    void aVmThatCannotMoveKeepsTheHostPreparingAndIsReportedOnce() throws Exception {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID source = f.host("src", 2);
        f.host("dst", 0);
        UUID vm = vmUsing(f.cluster, "stuck", f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, source));

        runOk(ActionType.DEACTIVATE_HOST, new HostIdParameters(source));
        Thread.sleep(600);

        assertThat(inTransaction(() -> hostDao.get(source)).getStatus()).isEqualTo(HostStatus.PREPARING_FOR_MAINTENANCE);
        assertThat(inTransaction(() -> vmDao.get(vm)).getRunOnHostId()).isEqualTo(source);
        // counted for this VM: an evacuation round of an earlier test may still be finishing in the background
        assertThat(audit().stream().filter(a -> a.getLogType() == AuditLogType.VM_CANNOT_BE_EVACUATED)
                .filter(a -> vm.equals(a.getVmId()))).hasSize(1);
    }

    private int maxOverlappingMigrationsFrom(UUID host) {
        List<Instant[]> spans = new JdbcTemplate(TestDatabase.get().dataSource()).query(
                "select started_at, finished_at from migrations where source_host_id = ?",
                (rs, i) -> new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()}, host);
        int max = 0;
        for (Instant[] span : spans) {
            int overlapping = (int) spans.stream().filter(o -> !o[0].isAfter(span[0]) && o[1].isAfter(span[0])).count();
            max = Math.max(max, overlapping);
        }
        return max;
    }

    private void waitForStatus(UUID host, HostStatus status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (inTransaction(() -> hostDao.get(host)).getStatus() == status) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("host never reached " + status);
    }
}
