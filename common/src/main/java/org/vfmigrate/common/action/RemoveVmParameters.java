package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#REMOVE_VM}. */
public record RemoveVmParameters(UUID vmId) implements ActionParametersBase {

    public RemoveVmParameters {
        Objects.requireNonNull(vmId, "vmId");
    }
}
