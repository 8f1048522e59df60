package org.vfmigrate.backend.bll.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.host.HostNetworkAttachmentDao;

/** Adding, activating, deactivating and removing hosts; activation stores what the host reports. */
class HostCommandsIT extends EngineTestBase {

    @Autowired
    HostDao hostDao;
    @Autowired
    HostDeviceDao hostDeviceDao;
    @Autowired
    HostNetworkAttachmentDao attachmentDao;

    UUID cluster;
    UUID sriovNet;
    UUID mgmtNet;

    @BeforeEach
    void fixture() {
        UUID dc = dataCenter("dc", Version.V4_6);
        cluster = cluster(dc, "c", Version.V4_6);
        Network mgmt = new Network(null, "ovirtmgmt", dc);
        mgmt.setBridgeName("ovirtmgmt");
        mgmtNet = network(mgmt);
        sriovNet = network(dc, "sriov-net");
    }

    @Test
    void activatingASimulatedHostStoresItsVfsAndNetworksAndMarksItUp() {
        UUID host = addHost("h1", "sim://" + unique("h1") + "?vfs=4&networks=sriov-net&bridges=ovirtmgmt");

        runOk(ActionType.ACTIVATE_HOST, new HostIdParameters(host));

        inTx(() -> {
            assertThat(hostDao.get(host).getStatus()).isEqualTo(HostStatus.UP);
            List<HostDevice> devices = hostDeviceDao.getAllForHost(host);
            assertThat(devices).hasSize(5);
            assertThat(devices.stream().filter(HostDevice::isVirtualFunction)).hasSize(4);
            assertThat(hostDeviceDao.getPhysicalFunctionNetworks(host).values()).containsExactly(java.util.Set.of(sriovNet));
            assertThat(attachmentDao.getForHost(host)).containsExactly(Map.entry(mgmtNet, "ovirtmgmt"));
        });
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_ACTIVATE_HOST);
    }

    @Test
    void unusableAndDuplicateAddressesAreRefused() {
        assertRefused(run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, "x", "http://nope", cluster))),
                EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_INVALID);
        ActionReturnValue tooManyVfs = run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, "x", "sim://a?vfs=99",
                cluster)));
        assertRefused(tooManyVfs, EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_MALFORMED);
        assertThat(tooManyVfs.getRenderedMessages().get(0))
                .isEqualTo("Cannot add Host. Address 'sim://a?vfs=99' is malformed: vfs must be a number from 0 to 32.");
        String address = "sim://" + unique("dup");
        addHost("first", address);
        assertRefused(run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, "second", address, cluster))),
                EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_ALREADY_USED);
        assertRefused(run(ActionType.ADD_HOST, new AddHostParameters(new Host(null, "first", "sim://other", cluster))),
                EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED);
    }

    @Test
    void anUnreachableLibvirtHostFailsToActivateWithTheHostsErrorAndStaysInMaintenance() {
        UUID host = addHost("lv", "test:///nonexistent/node.xml");

        ActionReturnValue result = run(ActionType.ACTIVATE_HOST, new HostIdParameters(host));

        assertThat(result.getSucceeded()).isFalse();
        assertThat(result.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_HOST_OPERATION);
        inTx(() -> assertThat(hostDao.get(host).getStatus()).isEqualTo(HostStatus.MAINTENANCE));
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_ACTIVATE_HOST_FAILED);
        String detail = result.getFailure().getVariables().get("Detail");
        assertThat(detail).isNotBlank();
        assertThat(audit().get(0).getMessage()).as("the event says why")
                .isEqualTo("Failed to activate Host lv: " + detail.replaceAll("\\.$", "") + ". (User: SYSTEM)");
    }

    @Test
    void removeNeedsMaintenanceAndDeactivateNeedsUp() {
        UUID host = addHost("h", "sim://" + unique("h") + "?vfs=2&networks=sriov-net");
        assertRefused(run(ActionType.DEACTIVATE_HOST, new HostIdParameters(host)),
                EngineMessage.ACTION_TYPE_FAILED_HOST_STATUS_ILLEGAL);
        runOk(ActionType.ACTIVATE_HOST, new HostIdParameters(host));

        ActionReturnValue refused = run(ActionType.REMOVE_HOST, new HostIdParameters(host));
        assertRefused(refused, EngineMessage.ACTION_TYPE_FAILED_HOST_STATUS_ILLEGAL);
        assertThat(refused.getRenderedMessages().get(0))
                .isEqualTo("Cannot remove Host. Host h is up; this needs it to be maintenance or non_responsive.");

        runOk(ActionType.DEACTIVATE_HOST, new HostIdParameters(host));
        runOk(ActionType.REMOVE_HOST, new HostIdParameters(host));
        inTx(() -> {
            assertThat(hostDao.get(host)).isNull();
            assertThat(hostDeviceDao.getAllForHost(host)).isEmpty();
        });
    }

    private UUID addHost(String name, String address) {
        return runOk(ActionType.ADD_HOST, new AddHostParameters(new Host(null, name, address, cluster)));
    }

    /** Simulated hosts live as long as the engine; tests keep their names apart. */
    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void inTx(Runnable r) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> r.run());
    }

    private static void assertRefused(ActionReturnValue r, EngineMessage key) {
        assertThat(r.getSucceeded()).isFalse();
        assertThat(r.getMessage()).isEqualTo(key);
    }
}
