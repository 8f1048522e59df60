package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.RemoveVmInterfaceParameters;
import org.vfmigrate.common.action.UpdateVmInterfaceParameters;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.vm.VmNic;

/**
 * MAC addresses of VM NICs: allocated ones are unique in the data center, a given one must be a free unicast
 * address there, the same address may live in another data center, and edits and removals keep the pool exact.
 */
class MacAddressesIT extends VmTestBase {

    UUID dc;
    UUID mgmt;
    UUID vm;

    @BeforeEach
    void fixture() {
        dc = dataCenter("dc", Version.V4_6);
        mgmt = profile(network(dc, "mgmt"), "mgmt");
        vm = vm(cluster(dc, "cluster", Version.V4_6), "vm1");
    }

    @Test
    void allocatedAddressesAreUniqueInTheDataCenterAndRecordedInItsPool() {
        UUID vm2 = vm(storedVm(vm).getClusterId(), "vm2");
        for (int i = 0; i < 20; i++) {
            nic(i % 2 == 0 ? vm : vm2, "nic" + i, mgmt);
        }

        List<String> nicMacs = new java.util.ArrayList<>(nicsOf(vm).stream().map(VmNic::getMacAddress).toList());
        nicMacs.addAll(nicsOf(vm2).stream().map(VmNic::getMacAddress).toList());
        assertThat(nicMacs).hasSize(20).doesNotHaveDuplicates()
                .allSatisfy(mac -> assertThat(mac).matches("56:6f(:[0-9a-f]{2}){4}"));
        assertThat(macsOf(dc)).containsExactlyInAnyOrderElementsOf(nicMacs);
    }

    @Test
    void givenAddressIsKeptInCanonicalForm() {
        UUID id = runOk(ActionType.ADD_VM_INTERFACE,
                new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", mgmt, " 02:AB:cd:00:00:01 ")));

        assertThat(storedNic(id).getMacAddress()).isEqualTo("02:ab:cd:00:00:01");
        assertThat(macsOf(dc)).containsExactly("02:ab:cd:00:00:01");
    }

    @Test
    void addressInUseInTheDataCenterIsRefused() {
        runOk(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", mgmt, "56:6f:00:00:00:10")));
        UUID vm2 = vm(storedVm(vm).getClusterId(), "vm2");

        assertRefused(ActionType.ADD_VM_INTERFACE,
                new AddVmInterfaceParameters(new VmNic(null, vm2, "nic1", mgmt, "56:6F:00:00:00:10")),
                ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE,
                "Cannot add Interface. MAC address 56:6f:00:00:00:10 is already in use in the Data Center.");
    }

    @Test
    void sameAddressMayBeUsedInAnotherDataCenter() {
        runOk(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", mgmt, "56:6f:00:00:00:10")));
        UUID otherDc = dataCenter("other-dc", Version.V4_6);
        UUID otherProfile = profile(network(otherDc, "mgmt"), "mgmt");
        UUID otherVm = vm(cluster(otherDc, "other", Version.V4_6), "vm2");

        runOk(ActionType.ADD_VM_INTERFACE,
                new AddVmInterfaceParameters(new VmNic(null, otherVm, "nic1", otherProfile, "56:6f:00:00:00:10")));

        assertThat(macsOf(otherDc)).containsExactly("56:6f:00:00:00:10");
        assertThat(macsOf(dc)).containsExactly("56:6f:00:00:00:10");
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"57:6f:00:00:00:01", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00", "56:6f:00:00:00",
            "56-6f-00-00-00-01", "56:6f:00:00:00:0g", "566f00000001"})
    void malformedOrMulticastAddressIsRefused(String mac) {
        String canonical = MacPool.canonical(mac);
        assertRefused(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", mgmt, mac)),
                ACTION_TYPE_FAILED_MAC_ADDRESS_INVALID, "Cannot add Interface. '" + canonical
                        + "' is not a unicast MAC address such as 56:6f:00:00:00:01.");
    }

    @Test
    void changedAddressReplacesTheOldOneInThePool() {
        UUID id = nic(vm, "nic1", mgmt);
        String old = storedNic(id).getMacAddress();
        VmNic change = storedNic(id);
        change.setMacAddress("02:00:00:00:00:99");

        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change));

        assertThat(storedNic(id).getMacAddress()).isEqualTo("02:00:00:00:00:99");
        assertThat(macsOf(dc)).containsExactly("02:00:00:00:00:99");
        // the old address is free again
        runOk(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic2", mgmt, old)));
    }

    @Test
    void changingToAnAddressInUseIsRefused() {
        UUID first = nic(vm, "nic1", mgmt);
        VmNic change = storedNic(nic(vm, "nic2", mgmt));
        String taken = storedNic(first).getMacAddress();
        String own = change.getMacAddress();
        change.setMacAddress(taken);

        assertRefused(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(change),
                ACTION_TYPE_FAILED_MAC_ADDRESS_IN_USE,
                "Cannot edit Interface. MAC address " + taken + " is already in use in the Data Center.");
        assertThat(storedNic(change.getId()).getMacAddress()).isEqualTo(own);
    }

    @Test
    void keepingTheSameAddressOrGivingNoneIsNoChange() {
        UUID id = nic(vm, "nic1", mgmt);
        String mac = storedNic(id).getMacAddress();
        VmNic same = storedNic(id);
        same.setName("eth0");
        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(same));
        VmNic none = storedNic(id);
        none.setMacAddress(null);
        runOk(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(none));

        assertThat(storedNic(id).getMacAddress()).isEqualTo(mac);
        assertThat(macsOf(dc)).containsExactly(mac);
    }

    @Test
    void removedNicsAddressMayBeGivenToAnotherNic() {
        UUID id = runOk(ActionType.ADD_VM_INTERFACE,
                new AddVmInterfaceParameters(new VmNic(null, vm, "nic1", mgmt, "56:6f:00:00:00:10")));
        runOk(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(vm, id));

        runOk(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(new VmNic(null, vm, "nic2", mgmt, "56:6f:00:00:00:10")));

        assertThat(macsOf(dc)).containsExactly("56:6f:00:00:00:10");
    }
}
