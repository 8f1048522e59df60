package org.vfmigrate.common.businessentities.vm;

/** The device model a VM NIC is given, with the oVirt API names. */
public enum VmNicType {
    VIRTIO("virtio"),
    PCI_PASSTHROUGH("pci_passthrough");

    private final String apiName;

    VmNicType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
