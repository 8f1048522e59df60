package org.vfmigrate.vdsbroker.host;

/** The host's SR-IOV inventory: physical functions, their VFs, and which VFs domains use. */
public interface PciInventory {

    /** A snapshot of the host's PCI network devices. */
    HostPciInventory pciInventory();
}
