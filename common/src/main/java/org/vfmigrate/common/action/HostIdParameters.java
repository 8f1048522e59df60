package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of the actions on one host by its id: remove, activate, deactivate. */
public record HostIdParameters(UUID hostId) implements ActionParametersBase {

    public HostIdParameters {
        Objects.requireNonNull(hostId, "hostId");
    }
}
