package org.vfmigrate.backend.bench;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.vfmigrate.backend.bll.CommandValidation;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * The failover validators as the commands chain them, with the reads they need on the real (embedded)
 * PostgreSQL, in a read-only transaction — everything {@code Backend.runAction} does before executing:
 * adding a passthrough profile with failover (SPEC-failover.md §1.1 rules 1–6 plus name and network rules),
 * adding a NIC on it to a VM (rules 11 and 13, MAC pool probe), and the refusal of a failover that points to a
 * passthrough profile (rule 3). Each call checks its expected outcome, so a broken fixture cannot pass as fast.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class ValidationBenchmark {

    private BenchEngine engine;
    private CommandValidation validation;
    private UUID vm;

    @Setup(Level.Trial)
    public void startEngine() throws Exception {
        engine = new BenchEngine("3600000");
        validation = new CommandValidation(engine.context);
        Vm v = new Vm(null, "validated-vm", engine.cluster);
        v.setOsType(GuestOs.RHEL_8X64);
        vm = engine.run(ActionType.ADD_VM, new AddVmParameters(v));
    }

    @Benchmark
    public ValidationResult addFailoverProfile() {
        return expect(validation.validate(ActionType.ADD_VNIC_PROFILE,
                new AddVnicProfileParameters(profile("new-vf", engine.mgmt))), null);
    }

    @Benchmark
    public ValidationResult addFailoverNic() {
        return expect(validation.validate(ActionType.ADD_VM_INTERFACE,
                new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", engine.failoverVf, null))), null);
    }

    @Benchmark
    public ValidationResult refuseFailoverToPassthrough() {
        return expect(validation.validate(ActionType.ADD_VNIC_PROFILE,
                new AddVnicProfileParameters(profile("bad-vf", engine.legacyVf))),
                EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID);
    }

    private VnicProfile profile(String name, UUID failover) {
        VnicProfile p = new VnicProfile(null, name, engine.sriovNet);
        p.setPassthrough(true);
        p.setMigratable(true);
        p.setFailoverVnicProfileId(failover);
        return p;
    }

    private static ValidationResult expect(ValidationResult result, EngineMessage refusal) {
        boolean asExpected = refusal == null ? result.isValid() : refusal == result.getMessage();
        if (!asExpected) {
            throw new IllegalStateException("unexpected validation outcome: " + result);
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void stopEngine() {
        engine.close();
    }
}
