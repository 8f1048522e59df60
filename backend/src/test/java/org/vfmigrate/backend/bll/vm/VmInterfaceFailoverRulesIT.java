package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.UpdateVmInterfaceParameters;
import org.vfmigrate.common.action.UpdateVmParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmNicType;

/**
 * SPEC-failover.md §2 on the VM NIC and VM commands: rule 11 (cluster level 4.6, on add, edit and the VM's cluster
 * change), rule 12 (two VF NICs may share a failover profile) and rule 13 (guest OS: supported, refused when
 * known unsupported, allowed with a warning when unknown, also when the VM's OS changes).
 */
class VmInterfaceFailoverRulesIT extends VmTestBase {

    static final String RULE_11_TEXT =
            "VM interface with failover vNIC profile is supported only in cluster level >= 4.6.";

    UUID dc;
    UUID cluster46;
    UUID cluster45;
    UUID mgmt;
    UUID sriovNet;
    UUID vfFailover;
    UUID vfPlain;

    @BeforeEach
    void fixture() {
        dc = dataCenter("dc", Version.V4_2);
        cluster46 = cluster(dc, "c46", Version.V4_6);
        cluster45 = cluster(dc, "c45", new Version(4, 5));
        mgmt = profile(network(dc, "mgmt"), "mgmt");
        sriovNet = network(dc, "sriov");
        vfFailover = vfProfile(sriovNet, "vf-failover", mgmt);
        vfPlain = vfProfile(sriovNet, "vf-plain", null);
    }

    // --- rule 11 ---

    @Test
    void rule11_failoverNicInAClusterBelow46IsRefused() {
        UUID vm = vm(cluster45, "vm1");

        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, "nic1", vfFailover)),
                ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE,
                "Cannot add Interface. " + RULE_11_TEXT);
    }

    @Test
    void rule11_passthroughNicWithoutFailoverIsFineBelow46() {
        UUID vm = vm(cluster45, "vm1");

        assertThat(storedNic(nic(vm, "nic1", vfPlain)).getType()).isEqualTo(VmNicType.PCI_PASSTHROUGH);
    }

    @Test
    void rule11_failoverNicIn46ClusterIsAdded() {
        UUID vm = vm(cluster46, "vm1");

        UUID id = nic(vm, "nic1", vfFailover);

        assertThat(storedNic(id).getVnicProfileId()).isEqualTo(vfFailover);
    }

    @Test
    void rule11_switchingANicToAFailoverProfileBelow46IsRefused() {
        UUID vm = vm(cluster45, "vm1");
        VmNic change = storedNic(nic(vm, "nic1", vfPlain));
        change.setVnicProfileId(vfFailover);

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE,
                "Cannot edit Interface. " + RULE_11_TEXT);
        assertThat(storedNic(change.getId()).getVnicProfileId()).isEqualTo(vfPlain);
    }

    @Test
    void rule11_vmWithAFailoverNicDoesNotMoveToAClusterBelow46() {
        UUID vm = vm(cluster46, "vm1");
        nic(vm, "nic1", vfFailover);
        Vm change = storedVm(vm);
        change.setClusterId(cluster45);

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(change),
                ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE,
                "Cannot edit VM. " + RULE_11_TEXT);
        assertThat(storedVm(vm).getClusterId()).isEqualTo(cluster46);
    }

    @Test
    void rule11_vmWithoutFailoverNicsMovesToAClusterBelow46() {
        UUID vm = vm(cluster46, "vm1");
        nic(vm, "nic1", vfPlain);
        Vm change = storedVm(vm);
        change.setClusterId(cluster45);

        runOk(ActionType.UPDATE_VM, new UpdateVmParameters(change));

        assertThat(storedVm(vm).getClusterId()).isEqualTo(cluster45);
    }

    // --- rule 12 [beyond] ---

    @Test
    void rule12_twoVfNicsOfOneVmMayShareAFailoverProfile() {
        UUID vm = vm(cluster46, "vm1");
        UUID otherVf = vfProfile(sriovNet, "vf-failover-2", mgmt);

        nic(vm, "nic1", vfFailover);
        nic(vm, "nic2", vfFailover);
        nic(vm, "nic3", otherVf);

        List<VmNic> nics = nicsOf(vm);
        assertThat(nics).extracting(VmNic::getName).containsExactly("nic1", "nic2", "nic3");
        assertThat(nics).extracting(VmNic::getMacAddress).doesNotHaveDuplicates();
    }

    // --- rule 13 [beyond] ---

    @Test
    void rule13_supportedGuestOsGetsTheNicWithoutWarning() {
        UUID vm = vm(cluster46, "vm1", GuestOs.RHEL_8X64);

        nic(vm, "nic1", vfFailover);

        assertThat(audit()).extracting(AuditLog::getLogType).doesNotContain(AuditLogType.FAILOVER_GUEST_OS_UNKNOWN);
    }

    @Test
    void rule13_guestOsWithoutNetFailoverIsRefused() {
        UUID vm = vm(cluster46, "vm1", GuestOs.RHEL_7X64);

        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, "nic1", vfFailover)),
                ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS,
                "Cannot add Interface. The guest operating system rhel_7x64 cannot run net_failover; failover needs "
                        + "Linux with kernel 4.18 or later, or Windows with VirtIO drivers 0.1.189 or later.");
    }

    @Test
    void rule13_guestOsWithoutNetFailoverMayHaveNicsWithoutFailover() {
        UUID vm = vm(cluster46, "vm1", GuestOs.RHEL_7X64);

        nic(vm, "nic1", vfPlain);
        nic(vm, "nic2", mgmt);
    }

    @Test
    void rule13_unknownGuestOsGetsTheNicAndAWarning() {
        UUID vm = vm(cluster46, "vm1", GuestOs.WINDOWS_2019X64);

        nic(vm, "nic1", vfFailover);

        List<AuditLog> latest = audit().subList(0, 2);
        assertThat(latest).extracting(AuditLog::getLogType).containsExactlyInAnyOrder(
                AuditLogType.USER_ADD_VM_INTERFACE, AuditLogType.FAILOVER_GUEST_OS_UNKNOWN);
        AuditLog warning = latest.stream().filter(e -> e.getLogType() == AuditLogType.FAILOVER_GUEST_OS_UNKNOWN)
                .findFirst().orElseThrow();
        assertThat(warning.getMessage()).isEqualTo("Interface nic1 of VM vm1 uses failover, but whether guest OS "
                + "windows_2019x64 can run net_failover is unknown (it needs Linux 4.18+ or VirtIO drivers 0.1.189+).");
        assertThat(warning.getVmId()).isEqualTo(vm);
    }

    @Test
    void rule13_unknownGuestOsWithoutFailoverNicGetsNoWarning() {
        UUID vm = vm(cluster46, "vm1", GuestOs.OTHER);

        nic(vm, "nic1", vfPlain);

        assertThat(audit()).extracting(AuditLog::getLogType).doesNotContain(AuditLogType.FAILOVER_GUEST_OS_UNKNOWN);
    }

    @Test
    void rule13_switchingANicToFailoverOnAGuestWithoutNetFailoverIsRefused() {
        UUID vm = vm(cluster46, "vm1", GuestOs.DEBIAN_9);
        VmNic change = storedNic(nic(vm, "nic1", vfPlain));
        change.setVnicProfileId(vfFailover);

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS,
                "Cannot edit Interface. The guest operating system debian_9 cannot run net_failover; failover needs "
                        + "Linux with kernel 4.18 or later, or Windows with VirtIO drivers 0.1.189 or later.");
    }

    @Test
    void rule13_vmWithFailoverNicsDoesNotChangeToAGuestWithoutNetFailover() {
        UUID vm = vm(cluster46, "vm1", GuestOs.RHEL_8X64);
        nic(vm, "nic1", vfFailover);
        Vm change = storedVm(vm);
        change.setOsType(GuestOs.UBUNTU_18_04);

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(change),
                ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS,
                "Cannot edit VM. The guest operating system ubuntu_18_04 cannot run net_failover; failover needs "
                        + "Linux with kernel 4.18 or later, or Windows with VirtIO drivers 0.1.189 or later.");
        assertThat(storedVm(vm).getOsType()).isEqualTo(GuestOs.RHEL_8X64);
    }

    @Test
    void rule13_vmWithFailoverNicsChangingToAnUnknownGuestIsWarnedPerNic() {
        UUID vm = vm(cluster46, "vm1", GuestOs.RHEL_8X64);
        nic(vm, "nic1", vfFailover);
        nic(vm, "nic2", vfFailover);
        nic(vm, "nic3", mgmt);
        Vm change = storedVm(vm);
        change.setOsType(GuestOs.WINDOWS_2022);

        runOk(ActionType.UPDATE_VM, new UpdateVmParameters(change));

        assertThat(audit().subList(0, 3)).extracting(AuditLog::getMessage).containsExactlyInAnyOrder(
                "VM vm1 configuration was updated by SYSTEM.",
                "Interface nic1 of VM vm1 uses failover, but whether guest OS windows_2022 can run net_failover is "
                        + "unknown (it needs Linux 4.18+ or VirtIO drivers 0.1.189+).",
                "Interface nic2 of VM vm1 uses failover, but whether guest OS windows_2022 can run net_failover is "
                        + "unknown (it needs Linux 4.18+ or VirtIO drivers 0.1.189+).");
    }

    @Test
    void rule13_vmWithoutFailoverNicsMayChangeToAnyGuest() {
        UUID vm = vm(cluster46, "vm1", GuestOs.RHEL_8X64);
        nic(vm, "nic1", vfPlain);
        Vm change = storedVm(vm);
        change.setOsType(GuestOs.RHEL_6X64);

        runOk(ActionType.UPDATE_VM, new UpdateVmParameters(change));

        assertThat(storedVm(vm).getOsType()).isEqualTo(GuestOs.RHEL_6X64);
    }
}
