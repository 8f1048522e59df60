package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.backend.testing.RunningVmFixture.fault;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.FAIL;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.NO_ACK;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Kind.PASS;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.HOT_PLUG;
import static org.vfmigrate.vdsbroker.host.sim.SimFault.Operation.HOT_UNPLUG;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.ActivateDeactivateVmNicParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmDeviceRole;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.vdsbroker.vm.NicAliases;

/**
 * Running, stopping, and plugging/unplugging a failover NIC on simulated hosts, with faults at each step: every
 * case asserts the host's live XML, the database (VM, NIC, VF holder, devices) and the audit entry.
 */
class VmRuntimeIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    HostDeviceDao hostDeviceDao;
    @Autowired
    VmDeviceDao vmDeviceDao;

    RunningVmFixture f;

    @BeforeEach
    void fixture() {
        f = new RunningVmFixture(this, drivers);
    }

    @Test
    void runPlacesTheVmWithItsVfFollowedByItsFailoverTwin() {
        UUID host = f.host("h1", 2);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf, f.mgmt);
        UUID nic = nics(vm).get(0).getId();

        runOk(ActionType.RUN_VM, VmIdParameters.of(vm));

        Vm stored = inTransaction(() -> vmDao.get(vm));
        assertThat(stored.getStatus()).isEqualTo(VmStatus.UP);
        assertThat(stored.getRunOnHostId()).isEqualTo(host);
        HostDevice vf = inTransaction(() -> hostDeviceDao.getHeldBy(nic, host).orElseThrow());
        assertThat(vf.getReservation()).isEqualTo(VfReservation.ATTACHED);
        String live = liveOf(host, "vm1");
        assertThat(live).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic))
                .contains("bus=\"0x" + vf.getPciAddress().substring(5, 7) + "\"");
        assertThat(live.indexOf("<interface type=\"hostdev\"")).as("VF first, then its twin")
                .isGreaterThanOrEqualTo(0).isLessThan(live.indexOf("<interface type=\"bridge\""));
        assertThat(devices(vm)).extracting(VmDevice::getRole, VmDevice::isPlugged)
                .contains(org.assertj.core.groups.Tuple.tuple(VmDeviceRole.VF, true),
                        org.assertj.core.groups.Tuple.tuple(VmDeviceRole.FAILOVER_TWIN, true));
        AuditLog entry = audit().get(0);
        assertThat(entry.getLogType()).isEqualTo(AuditLogType.USER_RUN_VM);
        assertThat(entry.getMessage()).isEqualTo("VM vm1 was started by SYSTEM (Host: h1).");
    }

    @Test
    void twoVfNicsWithTheSameFailoverProfileGetTheirOwnTwins() {
        UUID host = f.host("h1", 2);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf, f.sriovVf);

        runOk(ActionType.RUN_VM, VmIdParameters.of(vm));

        String live = liveOf(host, "vm1");
        for (VmNic nic : nics(vm)) {
            assertThat(live).contains(NicAliases.failoverTwin(nic.getId()));
        }
    }

    @Test
    void withoutAFreeVfTheRunIsRefusedWithPerHostReasonsAndNothingIsClaimed() {
        f.host("h1", 0);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf);

        ActionReturnValue result = run(ActionType.RUN_VM, VmIdParameters.of(vm));

        assertThat(result.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_NO_SUITABLE_HOST);
        assertThat(result.getRenderedMessages().get(0)).contains(
                "there are no free virtual functions which are suitable for virtual nic(s) nic1");
        assertThat(inTransaction(() -> vmDao.get(vm)).getStatus()).isEqualTo(VmStatus.DOWN);
    }

    @Test
    void aFailoverNetworkNoHostOfTheClusterHasIsAClearValidationFailure() {
        f.host("h1", 2, "");
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf);

        ActionReturnValue result = run(ActionType.RUN_VM, VmIdParameters.of(vm));

        assertThat(result.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_IN_CLUSTER);
        assertThat(result.getRenderedMessages()).containsExactly(
                "Cannot run VM. The failover network ovirtmgmt is not attached to cluster cluster.");
    }

    @Test
    void unplugThenPlugActOnTheVfAndItsTwinAndAreAudited() {
        UUID host = f.host("h1", 2);
        UUID vm = runningVm(host, f.sriovVf);
        UUID nic = nics(vm).get(0).getId();

        runOk(ActionType.UNPLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));

        assertThat(liveOf(host, "vm1")).doesNotContain(NicAliases.primary(nic)).doesNotContain(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isEmpty();
        assertThat(nic(nic).isPlugged()).isFalse();
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_DEACTIVATE_VM_INTERFACE);

        runOk(ActionType.PLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));

        assertThat(liveOf(host, "vm1")).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isPresent();
        assertThat(nic(nic).isPlugged()).isTrue();
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_ACTIVATE_VM_INTERFACE);
    }

    @Test
    void whenTheTwinPlugFailsTheVfIsUnpluggedAgainAndTheNicIsRecordedUnplugged() {
        UUID host = f.host("h1", 2);
        UUID vm = runningVm(host, f.sriovVf);
        UUID nic = nics(vm).get(0).getId();
        runOk(ActionType.UNPLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));
        f.faults(host, fault(HOT_PLUG, "vm1", PASS), fault(HOT_PLUG, "vm1", FAIL));

        ActionReturnValue result = run(ActionType.PLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));

        assertThat(result.getSucceeded()).isFalse();
        assertThat(result.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_HOST_OPERATION);
        assertThat(liveOf(host, "vm1")).doesNotContain(NicAliases.primary(nic)).doesNotContain(NicAliases.failoverTwin(nic));
        assertThat(nic(nic).isPlugged()).isFalse();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isEmpty();
        AuditLog entry = audit().get(0);
        assertThat(entry.getLogType()).isEqualTo(AuditLogType.USER_ACTIVATE_VM_INTERFACE_FAILED);
        assertThat(entry.getMessage()).isEqualTo("Failed to plug Interface nic1 into VM vm1; it is unplugged. (User: SYSTEM)");
    }

    @Test
    void whenTheVfPlugFailsNothingIsPlugged() {
        UUID host = f.host("h1", 2);
        UUID vm = runningVm(host, f.sriovVf);
        UUID nic = nics(vm).get(0).getId();
        runOk(ActionType.UNPLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));
        f.faults(host, fault(HOT_PLUG, "vm1", FAIL));

        assertThat(run(ActionType.PLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic)).getSucceeded())
                .isFalse();

        assertThat(liveOf(host, "vm1")).doesNotContain(NicAliases.primary(nic)).doesNotContain(NicAliases.failoverTwin(nic));
        assertThat(nic(nic).isPlugged()).isFalse();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isEmpty();
    }

    @Test
    void whenTheTwinUnplugFailsTheVfIsPluggedBackAndTheNicStaysPlugged() {
        UUID host = f.host("h1", 2);
        UUID vm = runningVm(host, f.sriovVf);
        UUID nic = nics(vm).get(0).getId();
        f.faults(host, fault(HOT_UNPLUG, "vm1", PASS), fault(HOT_UNPLUG, "vm1", FAIL));

        ActionReturnValue result = run(ActionType.UNPLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));

        assertThat(result.getSucceeded()).isFalse();
        assertThat(liveOf(host, "vm1")).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(nic(nic).isPlugged()).isTrue();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isPresent();
        assertThat(audit().get(0).getMessage())
                .isEqualTo("Failed to unplug Interface nic1 from VM vm1; it is plugged. (User: SYSTEM)");
    }

    @Test
    void anUnplugTheGuestNeverAcknowledgesTimesOutAndTheNicStaysPlugged() {
        UUID host = f.host("h1", 2);
        UUID vm = runningVm(host, f.sriovVf);
        UUID nic = nics(vm).get(0).getId();
        f.faults(host, fault(HOT_UNPLUG, "vm1", NO_ACK));

        ActionReturnValue result = run(ActionType.UNPLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));

        assertThat(result.getSucceeded()).isFalse();
        assertThat(result.getRenderedMessages().get(0)).contains("Cannot unplug Interface.");
        assertThat(liveOf(host, "vm1")).contains(NicAliases.primary(nic)).contains(NicAliases.failoverTwin(nic));
        assertThat(nic(nic).isPlugged()).isTrue();
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isPresent();
    }

    @Test
    void rule19_plugNeedsAFreeVfOnTheVmsHost() {
        UUID host = f.host("h1", 1);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf, f.legacyVf);
        UUID second = nics(vm).get(1).getId();
        unplugInDatabase(second);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));

        ActionReturnValue result = run(ActionType.PLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, second));

        assertThat(result.isValid()).as("refused by validation, before the host is touched").isFalse();
        assertThat(result.getMessage()).isEqualTo(EngineMessage.CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF);
        assertThat(result.getRenderedMessages()).containsExactly(
                "Cannot plug Interface. There is no free virtual function which is suitable for virtual nic nic2.");
        assertThat(nic(second).isPlugged()).isFalse();
    }

    @Test
    void rule19_plugNeedsTheFailoverNetworkOnTheVmsHost() {
        UUID host = f.host("h1", 2, "");
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf);
        UUID nic = nics(vm).get(0).getId();
        unplugInDatabase(nic);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));

        ActionReturnValue result = run(ActionType.PLUG_VM_INTERFACE, ActivateDeactivateVmNicParameters.byUser(vm, nic));

        assertThat(result.isValid()).isFalse();
        assertThat(result.getMessage()).isEqualTo(EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_ON_HOST);
        assertThat(result.getRenderedMessages()).containsExactly(
                "Cannot plug Interface. The failover network ovirtmgmt is not attached to host h1.");
        assertThat(inTransaction(() -> hostDeviceDao.getHeldBy(nic, host))).isEmpty();
    }

    private void unplugInDatabase(UUID nicId) {
        inTransaction(() -> {
            VmNic n = vmNicDao.get(nicId);
            n.setPlugged(false);
            return vmNicDao.update(n);
        });
    }

    @Test
    void stopGivesTheVfsBackAndRemovesTheDomain() {
        UUID host = f.host("h1", 1);
        UUID vm = runningVm(host, f.sriovVf);

        runOk(ActionType.STOP_VM, VmIdParameters.of(vm));

        assertThat(inTransaction(() -> vmDao.get(vm)).getStatus()).isEqualTo(VmStatus.DOWN);
        assertThat(inTransaction(() -> hostDeviceDao.getAllHeldByVm(vm))).isEmpty();
        assertThat(f.sim(host).runningDomains()).doesNotContain("vm1");
        assertThat(devices(vm)).isEmpty();
        UUID second = vmUsing(f.cluster, "vm2", f.sriovVf);
        runOk(ActionType.RUN_VM, VmIdParameters.of(second));
    }

    private UUID runningVm(UUID host, UUID... profiles) {
        UUID vm = vmUsing(f.cluster, "vm1", profiles);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));
        return vm;
    }

    /** The {@code <devices>} part of the live XML (the metadata names the aliases too). */
    private String liveOf(UUID host, String vmName) {
        String live = f.sim(host).liveXml(vmName);
        return live.substring(live.indexOf("<devices"));
    }

    private List<VmNic> nics(UUID vm) {
        return inTransaction(() -> vmNicDao.getAllForVm(vm));
    }

    private VmNic nic(UUID nicId) {
        return inTransaction(() -> vmNicDao.get(nicId));
    }

    private List<VmDevice> devices(UUID vm) {
        return inTransaction(() -> vmDeviceDao.getAllForVm(vm));
    }
}
