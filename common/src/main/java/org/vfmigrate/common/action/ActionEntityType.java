package org.vfmigrate.common.action;

/** The {@code ${type}} words of a message: what kind of object the action works on. */
public enum ActionEntityType {
    DATA_CENTER("Data Center"),
    CLUSTER("Cluster"),
    NETWORK("Network"),
    VNIC_PROFILE("VM network interface profile"),
    INTERFACE("Interface"),
    VM("VM"),
    HOST("Host");

    private final String text;

    ActionEntityType(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
