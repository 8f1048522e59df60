package org.vfmigrate.common.businessentities.host;

/** A host's state as the engine manages it, with the oVirt API names. */
public enum HostStatus {
    MAINTENANCE("maintenance"),
    UP("up"),
    NON_RESPONSIVE("non_responsive"),
    PREPARING_FOR_MAINTENANCE("preparing_for_maintenance");

    private final String apiName;

    HostStatus(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
