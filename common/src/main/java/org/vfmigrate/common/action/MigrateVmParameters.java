package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#MIGRATE_VM}: the VM and, optionally, the destination host. */
public record MigrateVmParameters(UUID vmId, UUID destinationHostId) implements ActionParametersBase {

    public MigrateVmParameters {
        Objects.requireNonNull(vmId, "vmId");
    }
}
