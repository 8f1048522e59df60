package org.vfmigrate.backend.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddClusterParameters;
import org.vfmigrate.common.action.AddDataCenterParameters;
import org.vfmigrate.common.action.AddNetworkParameters;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.AuditLogDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * The whole engine on a random port against the per-JVM test PostgreSQL, emptied before each test. All engine
 * tests share this one configuration, so Spring starts the engine once per test JVM. Builders create data
 * through the real commands.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EngineTestBase {

    public static final String ADMIN_PASSWORD = TestEngineSettings.ADMIN_PASSWORD;
    public static final String USER_PASSWORD = TestEngineSettings.USER_PASSWORD;

    @Autowired
    protected Backend backend;
    @Autowired
    protected VnicProfileDao vnicProfileDao;
    @Autowired
    protected AuditLogDao auditLogDao;
    @Autowired
    protected VmDao vmDao;
    @Autowired
    protected VmNicDao vmNicDao;
    @Autowired
    protected PlatformTransactionManager transactionManager;
    @Autowired
    protected org.vfmigrate.dal.dao.host.HostDao hostDao;
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void engine(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("vfmigrate-test");
        TestEngineSettings.forDataDirectory(dataDir).forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.get().truncateAll();
    }

    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> work.get());
    }

    protected ActionReturnValue run(ActionType type, ActionParametersBase parameters) {
        return backend.runAction(type, parameters);
    }

    public UUID runOk(ActionType type, ActionParametersBase parameters) {
        ActionReturnValue result = run(type, parameters);
        if (!result.getSucceeded()) {
            throw new AssertionError("expected " + type + " to succeed: " + result);
        }
        return result.getActionReturnValue();
    }

    public UUID dataCenter(String name, Version version) {
        return runOk(ActionType.ADD_DATA_CENTER, new AddDataCenterParameters(new DataCenter(null, name, version)));
    }

    public UUID cluster(UUID dc, String name, Version version) {
        return runOk(ActionType.ADD_CLUSTER, new AddClusterParameters(new Cluster(null, name, dc, version)));
    }

    public UUID network(UUID dc, String name) {
        return runOk(ActionType.ADD_NETWORK, new AddNetworkParameters(new Network(null, name, dc), false));
    }

    public UUID network(Network network) {
        return runOk(ActionType.ADD_NETWORK, new AddNetworkParameters(network, false));
    }

    /** A plain (bridged, virtio) profile. */
    public UUID profile(UUID network, String name) {
        return runOk(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(new VnicProfile(null, name, network)));
    }

    /** A passthrough + migratable profile, with {@code failover} if not null. */
    public UUID vfProfile(UUID network, String name, UUID failover) {
        return runOk(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(vf(network, name, failover)));
    }

    protected static VnicProfile vf(UUID network, String name, UUID failover) {
        VnicProfile p = new VnicProfile(null, name, network);
        p.setPassthrough(true);
        p.setMigratable(true);
        p.setFailoverVnicProfileId(failover);
        return p;
    }

    /** A VM in the cluster with one NIC per profile (written directly: the VM commands come later). */
    protected UUID vmUsing(UUID cluster, String vmName, UUID... profiles) {
        return new TransactionTemplate(transactionManager).execute(s -> {
            Vm vm = new Vm(UUID.randomUUID(), vmName, cluster);
            vmDao.save(vm);
            int i = 1;
            for (UUID profile : profiles) {
                vmNicDao.save(new VmNic(UUID.randomUUID(), vm.getId(), "nic" + i, profile,
                        String.format("56:6f:00:00:00:%02x", i)));
                i++;
            }
            return vm.getId();
        });
    }

    protected VnicProfile storedProfile(UUID id) {
        return new TransactionTemplate(transactionManager).execute(s -> {
            VnicProfile p = vnicProfileDao.get(id);
            return p == null ? null : p.copy();
        });
    }

    protected List<AuditLog> audit() {
        return new TransactionTemplate(transactionManager).execute(s -> auditLogDao.getLatest(1000));
    }
}
