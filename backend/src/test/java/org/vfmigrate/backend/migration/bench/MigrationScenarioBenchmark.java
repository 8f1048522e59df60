package org.vfmigrate.backend.migration.bench;

import java.nio.file.Files;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vfmigrate.backend.VfmigrateApplication;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.migration.MigrationOrchestrator;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddClusterParameters;
import org.vfmigrate.common.action.AddDataCenterParameters;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.action.AddNetworkParameters;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * Engine overhead per failover migration: the whole engine (commands, PostgreSQL, orchestration, device sync,
 * audit) against two simulated hosts with zero latency, so every millisecond measured is the engine's own. One
 * VM with a failover NIC migrates back and forth; each sample is from the MigrateVm call to the migration done.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class MigrationScenarioBenchmark {

    private ConfigurableApplicationContext engine;
    private Backend backend;
    private MigrationOrchestrator orchestrator;
    private UUID vm;
    private UUID[] hosts;
    private int next;

    @Setup(Level.Trial)
    public void startEngine() throws Exception {
        TestDatabase db = TestDatabase.get();
        db.truncateAll();
        engine = new SpringApplicationBuilder(VfmigrateApplication.class).properties(
                "VFMIGRATE_DB_URL=" + db.jdbcUrl(), "VFMIGRATE_DB_USER=postgres", "VFMIGRATE_DB_PASSWORD=",
                "VFMIGRATE_PORT=0", "VFMIGRATE_DEMO=false", "VFMIGRATE_ADMIN_PASSWORD=a", "VFMIGRATE_USER_PASSWORD=u",
                "VFMIGRATE_MONITOR_INTERVAL_MS=3600000", "VFMIGRATE_INVENTORY_INTERVAL_MS=3600000",
                "VFMIGRATE_DATA_DIR=" + Files.createTempDirectory("vfmigrate-bench"),
                "logging.level.org.vfmigrate=WARN").run();
        backend = engine.getBean(Backend.class);
        orchestrator = engine.getBean(MigrationOrchestrator.class);
        UUID dc = run(ActionType.ADD_DATA_CENTER, new AddDataCenterParameters(new DataCenter(null, "dc", Version.V4_6)));
        UUID cluster = run(ActionType.ADD_CLUSTER, new AddClusterParameters(new Cluster(null, "c", dc, Version.V4_6)));
        Network mgmt = new Network(null, "ovirtmgmt", dc);
        mgmt.setBridgeName("ovirtmgmt");
        UUID mgmtNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(mgmt, false));
        UUID sriovNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(new Network(null, "sriov-net", dc), false));
        UUID mgmtProfile = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(new VnicProfile(null, "mgmt", mgmtNet)));
        VnicProfile vf = new VnicProfile(null, "sriov-vf", sriovNet);
        vf.setPassthrough(true);
        vf.setMigratable(true);
        vf.setFailoverVnicProfileId(mgmtProfile);
        UUID vfProfile = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf));
        hosts = new UUID[2];
        for (int i = 0; i < 2; i++) {
            String name = "bench" + i + "-" + UUID.randomUUID().toString().substring(0, 6);
            hosts[i] = run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, name,
                    "sim://" + name + "?vfs=8&networks=sriov-net&bridges=ovirtmgmt", cluster)));
            run(ActionType.ACTIVATE_HOST, new HostIdParameters(hosts[i]));
        }
        Vm v = new Vm(null, "bench-vm", cluster);
        v.setOsType(GuestOs.RHEL_8X64);
        vm = run(ActionType.ADD_VM, new AddVmParameters(v));
        run(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", vfProfile, null)));
        run(ActionType.RUN_VM, new VmIdParameters(vm, hosts[0]));
        next = 1;
    }

    @Benchmark
    public void failoverMigration() {
        UUID migration = run(ActionType.MIGRATE_VM, new MigrateVmParameters(vm, hosts[next]));
        orchestrator.completion(migration).join();
        next = 1 - next;
    }

    @TearDown(Level.Trial)
    public void stopEngine() {
        engine.close();
        TestDatabase.get().truncateAll();
    }

    private UUID run(ActionType type, ActionParametersBase parameters) {
        ActionReturnValue result = backend.runAction(type, parameters);
        if (!result.getSucceeded()) {
            throw new IllegalStateException(type + " failed: " + result.getRenderedMessages());
        }
        return result.getActionReturnValue();
    }
}
