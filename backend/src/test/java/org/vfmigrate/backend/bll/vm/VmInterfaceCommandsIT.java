package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_MAC;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_PROFILE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_REMOVE_PLUGGED_INTERFACE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_MAY_NOT_BE_EMPTY;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_LOCKED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_DATA_CENTER;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.RemoveVmInterfaceParameters;
import org.vfmigrate.common.action.UpdateVmInterfaceParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmNicType;
import org.vfmigrate.common.businessentities.vm.VmStatus;

/**
 * ADD_VM_INTERFACE, UPDATE_VM_INTERFACE and REMOVE_VM_INTERFACE without failover: names, profiles, types, the
 * running-VM rules and the audit entries. Failover rules and MAC addresses have tests of their own.
 */
class VmInterfaceCommandsIT extends VmTestBase {

    UUID dc;
    UUID cluster;
    UUID mgmt;
    UUID vf;
    UUID vm;

    @BeforeEach
    void fixture() {
        dc = dataCenter("dc", Version.V4_6);
        cluster = cluster(dc, "cluster", Version.V4_6);
        mgmt = profile(network(dc, "mgmt"), "mgmt");
        vf = vfProfile(network(dc, "sriov"), "vf", null);
        vm = vm(cluster, "vm1");
    }

    // --- add ---

    @Test
    void nicOnABridgedProfileIsVirtioPluggedLinkedAndAudited() {
        UUID id = nic(vm, "nic1", mgmt);

        VmNic stored = storedNic(id);
        assertThat(stored.getType()).isEqualTo(VmNicType.VIRTIO);
        assertThat(stored.isPlugged()).isTrue();
        assertThat(stored.isLinked()).isTrue();
        assertThat(stored.getVnicProfileId()).isEqualTo(mgmt);
        AuditLog entry = audit().get(0);
        assertThat(entry.getLogType()).isEqualTo(AuditLogType.USER_ADD_VM_INTERFACE);
        assertThat(entry.getMessage()).isEqualTo("Interface nic1 (virtio) was added to VM vm1 by SYSTEM.");
        assertThat(entry.getVmId()).isEqualTo(vm);
    }

    @Test
    void nicOnAPassthroughProfileIsGivenThePassthroughType() {
        UUID id = nic(vm, "nic1", vf);

        assertThat(storedNic(id).getType()).isEqualTo(VmNicType.PCI_PASSTHROUGH);
        assertThat(audit().get(0).getMessage()).isEqualTo("Interface nic1 (pci_passthrough) was added to VM vm1 by SYSTEM.");
    }

    @Test
    void emptyNicWithoutProfileIsAVirtioNic() {
        UUID id = nic(vm, "nic1", null);

        assertThat(storedNic(id).getVnicProfileId()).isNull();
        assertThat(storedNic(id).getType()).isEqualTo(VmNicType.VIRTIO);
    }

    @Test
    void givenLinkAndPlugStatesAreKept() {
        VmNic nic = newNic(vm, "nic1", mgmt);
        nic.setLinked(false);
        nic.setPlugged(false);

        UUID id = runOk(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(nic));

        assertThat(storedNic(id).isLinked()).isFalse();
        assertThat(storedNic(id).isPlugged()).isFalse();
    }

    @Test
    void virtioTypeOnAPassthroughProfileIsRefused() {
        VmNic nic = newNic(vm, "nic1", vf);
        nic.setType(VmNicType.VIRTIO);

        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(nic),
                ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE,
                "Cannot add Interface. Interface type virtio does not fit a passthrough vNIC profile.");
    }

    @Test
    void passthroughTypeOnABridgedOrNoProfileIsRefused() {
        VmNic bridged = newNic(vm, "nic1", mgmt);
        bridged.setType(VmNicType.PCI_PASSTHROUGH);
        VmNic empty = newNic(vm, "nic2", null);
        empty.setType(VmNicType.PCI_PASSTHROUGH);

        String text = "Cannot add Interface. Interface type pci_passthrough does not fit a non-passthrough vNIC profile.";
        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(bridged),
                ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE, text);
        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(empty),
                ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE, text);
    }

    @Test
    void nicOfAnUnknownVmIsRefused() {
        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(UUID.randomUUID(), "nic1", mgmt)),
                ACTION_TYPE_FAILED_VM_NOT_EXIST, "Cannot add Interface. VM does not exist.");
    }

    @Test
    void unknownProfileIsRefused() {
        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, "nic1", UUID.randomUUID())),
                ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS,
                "Cannot add Interface. VM network interface profile does not exist.");
    }

    @Test
    void profileOfAnotherDataCenterIsRefused() {
        UUID otherDc = dataCenter("other-dc", Version.V4_6);
        UUID foreign = profile(network(otherDc, "mgmt"), "mgmt");

        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, "nic1", foreign)),
                ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_IN_VM_DATA_CENTER,
                "Cannot add Interface. The vNIC profile belongs to a network of another Data Center.");
    }

    @Test
    void nicNamesAreUniqueWithinAVmOnly() {
        nic(vm, "nic1", mgmt);
        UUID vm2 = vm(cluster, "vm2");

        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, "nic1", mgmt)),
                ACTION_TYPE_FAILED_NAME_ALREADY_USED, "Cannot add Interface. The name is already in use.");
        nic(vm2, "nic1", mgmt);
    }

    @Test
    void nicWithoutNameIsRefused() {
        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, " ", mgmt)),
                ACTION_TYPE_FAILED_NAME_MAY_NOT_BE_EMPTY, "Cannot add Interface. A name is required.");
    }

    @Test
    void nicAddedToARunningVmIsAddedUnplugged() {
        setStatus(vm, VmStatus.UP);

        UUID id = nic(vm, "nic1", vf);

        assertThat(storedNic(id).isPlugged()).isFalse();
    }

    @Test
    void vmHeldByAnotherOperationGetsNoNic() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = other.submit(() -> inTransaction().execute(s -> {
                boolean got = vmDao.tryLock(vm);
                locked.countDown();
                await(release);
                return got;
            }));
            locked.await();

            assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, "nic1", mgmt)),
                    ACTION_TYPE_FAILED_VM_IS_LOCKED,
                    "Cannot add Interface. Another operation on VM vm1 is in progress; try again when it ends.");
            release.countDown();
            assertThat(holder.get()).isTrue();
        } finally {
            release.countDown();
            other.shutdown();
        }
        nic(vm, "nic1", mgmt);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- update ---

    @Test
    void nameLinkAndProfileOfADownVmsNicAreEditedAndAudited() {
        UUID id = nic(vm, "nic1", mgmt);
        VmNic change = storedNic(id);
        change.setName("eth0");
        change.setLinked(false);
        change.setVnicProfileId(vf);

        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change));

        VmNic stored = storedNic(id);
        assertThat(stored.getName()).isEqualTo("eth0");
        assertThat(stored.isLinked()).isFalse();
        assertThat(stored.getVnicProfileId()).isEqualTo(vf);
        assertThat(stored.getType()).as("type follows the new profile").isEqualTo(VmNicType.PCI_PASSTHROUGH);
        assertThat(audit().get(0).getMessage()).isEqualTo("Interface eth0 of VM vm1 was updated by SYSTEM.");
    }

    @Test
    void explicitTypeThatDoesNotFitTheNewProfileIsRefused() {
        UUID id = nic(vm, "nic1", vf);
        VmNic change = storedNic(id);
        change.setVnicProfileId(mgmt);
        change.setType(VmNicType.PCI_PASSTHROUGH);
        change.setName("changed");

        // the caller kept the old type, so it follows the profile; an explicitly different one does not
        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change));
        VmNic again = storedNic(id);
        again.setType(VmNicType.PCI_PASSTHROUGH);

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(again),
                ACTION_TYPE_FAILED_INTERFACE_TYPE_DOES_NOT_MATCH_PROFILE,
                "Cannot edit Interface. Interface type pci_passthrough does not fit a non-passthrough vNIC profile.");
        assertThat(storedNic(id).getType()).isEqualTo(VmNicType.VIRTIO);
    }

    @Test
    void updateNeverChangesThePluggedState() {
        UUID id = nic(vm, "nic1", mgmt);
        VmNic change = storedNic(id);
        change.setPlugged(false);

        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change));

        assertThat(storedNic(id).isPlugged()).isTrue();
    }

    @Test
    void pluggedNicOfARunningVmKeepsItsProfile() {
        UUID id = nic(vm, "nic1", mgmt);
        setStatus(vm, VmStatus.UP);
        VmNic change = storedNic(id);
        change.setVnicProfileId(vf);

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_PROFILE,
                "Cannot edit Interface. Unplug the interface before changing its vNIC profile on a running VM.");
        assertThat(storedNic(id).getVnicProfileId()).isEqualTo(mgmt);
    }

    @Test
    void pluggedNicOfARunningVmKeepsItsMac() {
        UUID id = nic(vm, "nic1", mgmt);
        setStatus(vm, VmStatus.UP);
        VmNic change = storedNic(id);
        change.setMacAddress("56:6f:aa:bb:cc:dd");

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_CANNOT_CHANGE_PLUGGED_INTERFACE_MAC,
                "Cannot edit Interface. Unplug interface nic1 before changing its MAC address on the running VM vm1.");
    }

    @Test
    void pluggedNicOfARunningVmMayBeRenamedAndRelinked() {
        UUID id = nic(vm, "nic1", mgmt);
        setStatus(vm, VmStatus.UP);
        VmNic change = storedNic(id);
        change.setName("eth0");
        change.setLinked(false);

        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change));

        assertThat(storedNic(id).getName()).isEqualTo("eth0");
        assertThat(storedNic(id).isLinked()).isFalse();
    }

    @Test
    void unpluggedNicOfARunningVmMayChangeProfile() {
        setStatus(vm, VmStatus.UP);
        UUID id = nic(vm, "nic1", mgmt);
        VmNic change = storedNic(id);
        change.setVnicProfileId(vf);

        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change));

        assertThat(storedNic(id).getVnicProfileId()).isEqualTo(vf);
        assertThat(storedNic(id).isPlugged()).isFalse();
    }

    @Test
    void nicOfAnotherVmIsNotFound() {
        UUID otherVmsNic = nic(vm(cluster, "vm2"), "nic1", mgmt);
        VmNic stored = storedNic(otherVmsNic);
        VmNic change = new VmNic(stored.getId(), vm, "nic1", mgmt, stored.getMacAddress());

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST, "Cannot edit Interface. The VM network interface does not exist.");
        assertRefused(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(vm, otherVmsNic),
                ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST, null);
    }

    @Test
    void renamingToASiblingsNameIsRefused() {
        nic(vm, "nic1", mgmt);
        VmNic change = storedNic(nic(vm, "nic2", mgmt));
        change.setName("nic1");

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_NAME_ALREADY_USED, null);
    }

    // --- remove ---

    @Test
    void pluggedNicOfARunningVmIsNotRemoved() {
        UUID id = nic(vm, "nic1", vf);
        setStatus(vm, VmStatus.UP);

        assertRefused(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(vm, id),
                ACTION_TYPE_FAILED_CANNOT_REMOVE_PLUGGED_INTERFACE,
                "Cannot remove Interface. Unplug interface nic1 before removing it from the running VM vm1.");
        assertThat(storedNic(id)).isNotNull();
    }

    @Test
    void unpluggedNicOfARunningVmIsRemoved() {
        setStatus(vm, VmStatus.UP);
        UUID id = nic(vm, "nic1", vf);

        runOk(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(vm, id));

        assertThat(storedNic(id)).isNull();
    }

    @Test
    void nicOfADownVmIsRemovedWithItsMacAndAudited() {
        UUID id = nic(vm, "nic1", mgmt);

        runOk(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(vm, id));

        assertThat(storedNic(id)).isNull();
        assertThat(macsOf(dc)).isEmpty();
        AuditLog entry = audit().get(0);
        assertThat(entry.getLogType()).isEqualTo(AuditLogType.USER_REMOVE_VM_INTERFACE);
        assertThat(entry.getMessage()).isEqualTo("Interface nic1 was removed from VM vm1 by SYSTEM.");
    }

    @Test
    void unknownNicOrVmIsNotRemoved() {
        assertRefused(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(vm, UUID.randomUUID()),
                ACTION_TYPE_FAILED_VM_INTERFACE_NOT_EXIST, "Cannot remove Interface. The VM network interface does not exist.");
        assertRefused(ActionType.REMOVE_VM_INTERFACE,
                new RemoveVmInterfaceParameters(UUID.randomUUID(), UUID.randomUUID()), ACTION_TYPE_FAILED_VM_NOT_EXIST, null);
    }
}
