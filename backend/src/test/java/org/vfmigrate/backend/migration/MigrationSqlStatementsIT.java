package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.backend.testing.SqlStatementLog;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;

/**
 * Counts the SQL statements one failover migration needs, and prints them. The statement inspector is part of every
 * engine under test ({@link org.vfmigrate.backend.testing.TestEngineSettings}), so this test shares their context.
 */
class MigrationSqlStatementsIT extends EngineTestBase {

    private static final int MAX_STATEMENTS = 85;

    @Autowired
    HostDrivers drivers;
    @Autowired
    MigrationOrchestrator orchestrator;

    @Test
    void aFailoverMigrationNeedsABoundedNumberOfStatements() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID a = f.host("a", 2);
        UUID b = f.host("b", 2);
        UUID vm = vmUsing(f.cluster, "vm-" + UUID.randomUUID().toString().substring(0, 8), f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, a));
        orchestrator.completion(runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, b))).join();

        SqlStatementLog.start();
        orchestrator.completion(runOk(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, a))).join();
        // the migration's own statements: the command on this thread, the orchestrator on a migration thread (not
        // the periodic jobs of the test engine that happen to run meanwhile)
        List<String> statements = SqlStatementLog.stopWithThreads().stream()
                .filter(st -> st.thread().equals(Thread.currentThread().getName())
                        || st.thread().startsWith("migration-"))
                .map(SqlStatementLog.Statement::sql).toList();

        statements.forEach(s -> System.out.println("SQL> " + s));
        System.out.println("SQL statements per failover migration: " + statements.size());
        assertThat(statements).as("statements per failover migration (76 when counted; more means a new query "
                + "or an N+1 on the migration path)").hasSizeLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(statements).as("every phase is persisted").filteredOn(s -> s.startsWith("update migrations"))
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
