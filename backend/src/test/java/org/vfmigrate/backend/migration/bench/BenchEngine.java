package org.vfmigrate.backend.migration.bench;

import java.nio.file.Files;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vfmigrate.backend.VfmigrateApplication;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.host.HostDrivers;
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
 * The whole engine for benchmarks: started on the per-JVM test PostgreSQL with no demo data and quiet
 * background jobs, plus a data center ready for failover VMs (networks {@code ovirtmgmt} and {@code sriov-net},
 * profiles {@code mgmt}, {@code sriov-vf} with failover and {@code legacy-vf} without) and builders for hosts
 * and running VMs, all created through the commands.
 */
final class BenchEngine implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final Backend backend;
    final MigrationOrchestrator orchestrator;
    final HostDrivers drivers;
    final UUID cluster;
    final UUID mgmt;
    final UUID failoverVf;
    final UUID legacyVf;

    BenchEngine(String evacuationIntervalMs) throws Exception {
        TestDatabase db = TestDatabase.get();
        db.truncateAll();
        context = new SpringApplicationBuilder(VfmigrateApplication.class).properties(
                "VFMIGRATE_DB_URL=" + db.jdbcUrl(), "VFMIGRATE_DB_USER=postgres", "VFMIGRATE_DB_PASSWORD=",
                "VFMIGRATE_DB_POOL_SIZE=16", "VFMIGRATE_PORT=0", "VFMIGRATE_DEMO=false",
                "VFMIGRATE_ADMIN_PASSWORD=a", "VFMIGRATE_USER_PASSWORD=u",
                "VFMIGRATE_MONITOR_INTERVAL_MS=3600000", "VFMIGRATE_INVENTORY_INTERVAL_MS=3600000",
                "VFMIGRATE_BALANCING_INTERVAL_MS=3600000", "VFMIGRATE_EVACUATION_INTERVAL_MS=" + evacuationIntervalMs,
                "VFMIGRATE_DATA_DIR=" + Files.createTempDirectory("vfmigrate-bench"),
                "logging.level.org.vfmigrate=WARN").run();
        backend = context.getBean(Backend.class);
        orchestrator = context.getBean(MigrationOrchestrator.class);
        drivers = context.getBean(HostDrivers.class);
        UUID dc = run(ActionType.ADD_DATA_CENTER, new AddDataCenterParameters(new DataCenter(null, "dc", Version.V4_6)));
        cluster = run(ActionType.ADD_CLUSTER, new AddClusterParameters(new Cluster(null, "c", dc, Version.V4_6)));
        Network ovirtmgmt = new Network(null, "ovirtmgmt", dc);
        ovirtmgmt.setBridgeName("ovirtmgmt");
        UUID mgmtNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(ovirtmgmt, false));
        UUID sriovNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(new Network(null, "sriov-net", dc), false));
        mgmt = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(new VnicProfile(null, "mgmt", mgmtNet)));
        failoverVf = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf(sriovNet, "sriov-vf", mgmt)));
        legacyVf = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf(sriovNet, "legacy-vf", null)));
    }

    private static VnicProfile vf(UUID network, String name, UUID failover) {
        VnicProfile p = new VnicProfile(null, name, network);
        p.setPassthrough(true);
        p.setMigratable(true);
        p.setFailoverVnicProfileId(failover);
        return p;
    }

    /** An up simulated host with {@code vfs} VFs on sriov-net and the ovirtmgmt bridge. */
    UUID host(String name, int vfs) {
        String unique = name + "-" + UUID.randomUUID().toString().substring(0, 6);
        UUID id = run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, unique,
                "sim://" + unique + "?vfs=" + vfs + "&networks=sriov-net&bridges=ovirtmgmt", cluster)));
        run(ActionType.ACTIVATE_HOST, new HostIdParameters(id));
        return id;
    }

    /** A VM (1 GiB, RHEL 8) with one NIC on {@code profile}, running on {@code host}. */
    UUID runningVm(String name, UUID profile, UUID host) {
        Vm v = new Vm(null, name, cluster);
        v.setOsType(GuestOs.RHEL_8X64);
        UUID vm = run(ActionType.ADD_VM, new AddVmParameters(v));
        run(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", profile, null)));
        run(ActionType.RUN_VM, new VmIdParameters(vm, host));
        return vm;
    }

    UUID run(ActionType type, ActionParametersBase parameters) {
        ActionReturnValue result = backend.runAction(type, parameters);
        if (!result.getSucceeded()) {
            throw new IllegalStateException(type + " failed: " + result.getRenderedMessages());
        }
        return result.getActionReturnValue();
    }

    @Override
    public void close() {
        context.close();
        TestDatabase.get().truncateAll();
    }
}
