package org.vfmigrate.backend.bench;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;

/**
 * Engine overhead per failover migration: the whole engine (commands, PostgreSQL, orchestration, device sync,
 * audit, jobs, metrics) against two simulated hosts with zero latency, so every millisecond measured is the
 * engine's own. One VM with a failover NIC migrates back and forth; each sample is from the MigrateVm call to
 * the migration done.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class MigrationScenarioBenchmark {

    private BenchEngine engine;
    private UUID vm;
    private UUID[] hosts;
    private int next;

    @Setup(Level.Trial)
    public void startEngine() throws Exception {
        engine = new BenchEngine("3600000");
        hosts = new UUID[] {engine.host("bench0", 8), engine.host("bench1", 8)};
        vm = engine.runningVm("bench-vm", engine.failoverVf, hosts[0]);
        next = 1;
    }

    @Benchmark
    public void failoverMigration() {
        UUID migration = engine.run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, hosts[next]));
        engine.orchestrator.completion(migration).join();
        next = 1 - next;
    }

    @TearDown(Level.Trial)
    public void stopEngine() {
        engine.close();
    }
}
