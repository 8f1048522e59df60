package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of actions on one VM by its id (stop), and of running it, optionally on a chosen host. */
public record VmIdParameters(UUID vmId, UUID hostId) implements ActionParametersBase {

    public VmIdParameters {
        Objects.requireNonNull(vmId, "vmId");
    }

    public static VmIdParameters of(UUID vmId) {
        return new VmIdParameters(vmId, null);
    }
}
