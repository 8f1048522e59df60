package org.vfmigrate.backend.bench;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.VfmigrateApplication;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.migration.MigrationOrchestrator;
import org.vfmigrate.backend.testing.ApiClient;
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
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * The whole engine for benchmarks: started on the per-JVM test PostgreSQL with no demo data and quiet
 * background jobs, plus a data center ready for failover VMs (networks {@code ovirtmgmt} and {@code sriov-net},
 * profiles {@code mgmt}, {@code sriov-vf} with failover and {@code legacy-vf} without) and builders for hosts
 * and running VMs, all created through the commands. Hibernate's statements are handed to
 * {@link org.vfmigrate.backend.testing.SqlStatementLog} (which records only while asked to), and the reaction
 * timer keeps its percentiles over the engine's whole life rather than a sliding window.
 */
final class BenchEngine implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin";

    final ConfigurableApplicationContext context;
    final Backend backend;
    final MigrationOrchestrator orchestrator;
    final HostDrivers drivers;
    private final JdbcTemplate jdbc;
    final UUID dataCenter;
    final UUID cluster;
    final UUID sriovNet;
    final UUID mgmt;
    final UUID failoverVf;
    final UUID legacyVf;

    BenchEngine(String evacuationIntervalMs) throws Exception {
        this(evacuationIntervalMs, true);
    }

    /** With {@code empty}, the database is emptied first and the bench data center is created. */
    private BenchEngine(String evacuationIntervalMs, boolean empty) throws Exception {
        TestDatabase db = TestDatabase.get();
        if (empty) {
            db.truncateAll();
        }
        List<String> properties = new ArrayList<>(List.of(
                "VFMIGRATE_DB_URL=" + db.jdbcUrl(), "VFMIGRATE_DB_USER=" + db.user(),
                "VFMIGRATE_DB_PASSWORD=" + db.password(),
                "VFMIGRATE_DB_POOL_SIZE=16", "VFMIGRATE_PORT=0", "VFMIGRATE_DEMO=false",
                "VFMIGRATE_ADMIN_PASSWORD=" + ADMIN_PASSWORD, "VFMIGRATE_USER_PASSWORD=bench-user",
                "VFMIGRATE_MONITOR_INTERVAL_MS=3600000", "VFMIGRATE_INVENTORY_INTERVAL_MS=3600000",
                "VFMIGRATE_BALANCING_INTERVAL_MS=3600000", "VFMIGRATE_EVACUATION_INTERVAL_MS=" + evacuationIntervalMs,
                "VFMIGRATE_DATA_DIR=" + Files.createTempDirectory("vfmigrate-bench"),
                "spring.jmx.enabled=false",
                "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                        + "org.vfmigrate.backend.testing.SqlStatementLog",
                "management.metrics.distribution.expiry.vfmigrate.migration.reaction=24h",
                "management.metrics.distribution.buffer-length.vfmigrate.migration.reaction=1",
                "logging.level.org.vfmigrate=WARN", "logging.level.root=WARN"));
        // as command-line arguments, so that they win over the engine's application.properties
        context = new SpringApplicationBuilder(VfmigrateApplication.class)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
        backend = context.getBean(Backend.class);
        jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        orchestrator = context.getBean(MigrationOrchestrator.class);
        drivers = context.getBean(HostDrivers.class);
        if (!empty) {
            dataCenter = cluster = sriovNet = mgmt = failoverVf = legacyVf = null;
            return;
        }
        dataCenter = run(ActionType.ADD_DATA_CENTER, new AddDataCenterParameters(new DataCenter(null, "dc", Version.V4_6)));
        cluster = run(ActionType.ADD_CLUSTER, new AddClusterParameters(new Cluster(null, "c", dataCenter, Version.V4_6)));
        Network ovirtmgmt = new Network(null, "ovirtmgmt", dataCenter);
        ovirtmgmt.setBridgeName("ovirtmgmt");
        UUID mgmtNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(ovirtmgmt, false));
        sriovNet = run(ActionType.ADD_NETWORK, new AddNetworkParameters(new Network(null, "sriov-net", dataCenter), false));
        mgmt = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(new VnicProfile(null, "mgmt", mgmtNet)));
        failoverVf = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf(sriovNet, "sriov-vf", mgmt)));
        legacyVf = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf(sriovNet, "legacy-vf", null)));
    }

    /** An engine on what the database already holds (no data center created, nothing emptied). */
    static BenchEngine onExistingData() throws Exception {
        return new BenchEngine("3600000", false);
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

    /** Gives a simulated host other latencies. */
    void configure(UUID host, SimSettings settings) {
        String address = jdbc().queryForObject("select address from hosts where id = ?", String.class, host);
        drivers.simulated(address).orElseThrow().configure(settings);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** An API client logged in as the administrator. */
    ApiClient api() {
        return new ApiClient(port()).basic("admin@internal", ADMIN_PASSWORD);
    }

    /**
     * SQL on the engine's own connection pool, for the harness's look-ups between and during measurements (the test
     * database's plain data source opens a connection, and PostgreSQL a process, for every statement).
     */
    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** SQL on the test database directly, for when no engine runs. */
    static JdbcTemplate database() {
        return new JdbcTemplate(TestDatabase.get().dataSource());
    }

    /** Stops the engine and leaves the database as it is. */
    void stop() {
        context.close();
    }

    @Override
    public void close() {
        context.close();
        TestDatabase.get().truncateAll();
    }
}
