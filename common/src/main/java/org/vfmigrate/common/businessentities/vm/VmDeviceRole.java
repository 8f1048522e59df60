package org.vfmigrate.common.businessentities.vm;

/** What a NIC's device on the host is: a plain virtio NIC, the VF of a VF NIC, or the VF's failover twin. */
public enum VmDeviceRole {
    NIC, VF, FAILOVER_TWIN
}
