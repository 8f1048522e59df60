package org.vfmigrate.backend.scheduling.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vfmigrate.backend.scheduling.LargeClusterFixture;
import org.vfmigrate.backend.scheduling.SchedulingRequest;
import org.vfmigrate.backend.scheduling.SchedulingResult;
import org.vfmigrate.backend.scheduling.SchedulingVm;
import org.vfmigrate.backend.scheduling.VmScheduler;

/**
 * Scheduling one VM with 4 failover NICs and a virtio NIC over 1,000 hosts × 64 VFs (DESIGN §8 goal: ≤ 5 ms), on the
 * seeded inventory the correctness test checks against its oracle. {@code scheduleFailoverVm} is the usual case (a
 * host is chosen); {@code scheduleNoHostFits} is the failure path, which also builds the reasons of every host.
 * Run with {@code mvn -B -pl backend -Pbench -DskipTests verify}, never by {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchedulingBenchmark {

    private final VmScheduler scheduler = new VmScheduler();
    private SchedulingRequest fits;
    private SchedulingRequest fitsNowhere;

    @Setup(Level.Trial)
    public void buildInventory() {
        LargeClusterFixture fixture = LargeClusterFixture.generate(1, 1_000, 64);
        SchedulingVm vm = fixture.migratingVmWithFourFailoverNics();
        fits = fixture.request(vm);
        fitsNowhere = fixture.request(new SchedulingVm(vm.id(), vm.name(), vm.clusterId(), 300 * 1024,
                vm.currentHostId(), vm.nics()));
        if (!(scheduler.schedule(fits) instanceof SchedulingResult.Selected)
                || !(scheduler.schedule(fitsNowhere) instanceof SchedulingResult.NoSuitableHost)) {
            throw new IllegalStateException("the fixture no longer gives the expected outcomes");
        }
    }

    @Benchmark
    public SchedulingResult scheduleFailoverVm() {
        return scheduler.schedule(fits);
    }

    @Benchmark
    public SchedulingResult scheduleNoHostFits() {
        return scheduler.schedule(fitsNowhere);
    }
}
