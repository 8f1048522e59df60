package org.vfmigrate.vdsbroker.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.vfmigrate.vdsbroker.vm.MacAddress;
import org.vfmigrate.vdsbroker.vm.NetworkDescription;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;

/** Deterministic VM descriptions used by the XML, simulator and libvirt tests and the benchmarks. */
public final class VmFixtures {

    public static final UUID VM_ID = UUID.fromString("6f1c0e4a-0000-4000-8000-000000000001");
    public static final NetworkDescription MGMT =
        new NetworkDescription(id(0x10), "ovirtmgmt", "ovirtmgmt", null, 1500);
    public static final NetworkDescription SRIOV =
        new NetworkDescription(id(0x11), "sriov-net", "br-sriov", null, null);
    public static final NetworkDescription SRIOV_VLAN =
        new NetworkDescription(id(0x12), "sriov-vlan", "br-sriov-vlan", 100, null);
    public static final NetworkDescription FAILOVER =
        new NetworkDescription(id(0x13), "ovirtmgmt-failover", "br-failover", null, 1500);

    public static final VnicProfileDescription MGMT_PROFILE = VnicProfileDescription.bridged(id(0x20), "ovirtmgmt", MGMT);
    public static final VnicProfileDescription FAILOVER_PROFILE =
        VnicProfileDescription.bridged(id(0x21), "failover", FAILOVER);
    public static final VnicProfileDescription SRIOV_PLAIN =
        new VnicProfileDescription(id(0x22), "sriov-plain", SRIOV, true, true, null);
    public static final VnicProfileDescription SRIOV_FO =
        new VnicProfileDescription(id(0x23), "sriov-fo", SRIOV, true, true, FAILOVER_PROFILE);
    public static final VnicProfileDescription SRIOV_FO_VLAN =
        new VnicProfileDescription(id(0x24), "sriov-fo-vlan", SRIOV_VLAN, true, true, FAILOVER_PROFILE);

    private VmFixtures() {
    }

    /** A stable UUID whose last group is {@code n}. */
    public static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012x", n));
    }

    public static MacAddress mac(int n) {
        return MacAddress.of(String.format("56:6f:1a:00:00:%02x", n));
    }

    public static PciAddress vf(int function) {
        return new PciAddress(0, 0x3b, 0x02, function);
    }

    public static VmNicDescription nic(int n, VnicProfileDescription profile, PciAddress vf) {
        return new VmNicDescription(id(0x100 + n), "nic" + n, mac(n), profile, vf, true, true, null);
    }

    public static VmDescription vm(String name, VmNicDescription... nics) {
        return new VmDescription(VM_ID, name, 1024, 2, List.of(nics));
    }

    public static VmDescription plainBridge() {
        return vm("vm-bridge", new VmNicDescription(id(0x101), "nic1", mac(1), MGMT_PROFILE, null, true, true, 1));
    }

    public static VmDescription vfWithoutFailover() {
        return vm("vm-vf", nic(1, SRIOV_PLAIN, vf(0)));
    }

    public static VmDescription vfWithTwin() {
        return vm("vm-failover", nic(1, SRIOV_FO, vf(0)));
    }

    public static VmDescription twoVfsSameFailover() {
        return vm("vm-two-failover", nic(1, SRIOV_FO, vf(0)), nic(2, SRIOV_FO, vf(1)));
    }

    public static VmDescription vlanFailover() {
        return vm("vm-vlan", nic(1, SRIOV_FO_VLAN, vf(0)));
    }

    /** A VM with a management NIC and {@code count} failover VF NICs (VF functions 0..count-1). */
    public static VmDescription failoverNics(String name, UUID vmId, int count, int firstFunction) {
        List<VmNicDescription> nics = new ArrayList<>();
        nics.add(new VmNicDescription(new UUID(vmId.getMostSignificantBits(), 0), "mgmt", mac(0x80), MGMT_PROFILE,
            null, true, true, 1));
        for (int i = 0; i < count; i++) {
            nics.add(new VmNicDescription(new UUID(vmId.getMostSignificantBits(), i + 1), "nic" + (i + 1),
                MacAddress.of(String.format("56:6f:1b:%02x:%02x:%02x", (int) (vmId.getMostSignificantBits() & 0xff),
                    i, firstFunction)), SRIOV_FO, vf(firstFunction + i), true, true, null));
        }
        return new VmDescription(vmId, name, 1024, 2, nics);
    }
}
