package org.vfmigrate.common.businessentities.vm;

/** A VM's run state, with the oVirt API names. */
public enum VmStatus {
    DOWN("down"),
    WAIT_FOR_LAUNCH("wait_for_launch"),
    UP("up"),
    MIGRATING("migrating"),
    POWERING_DOWN("powering_down");

    private final String apiName;

    VmStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public boolean isRunning() {
        return this == UP || this == MIGRATING || this == POWERING_DOWN;
    }
}
