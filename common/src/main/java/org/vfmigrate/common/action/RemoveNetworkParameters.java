package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#REMOVE_NETWORK}. */
public record RemoveNetworkParameters(UUID id) implements ActionParametersBase {

    public RemoveNetworkParameters {
        Objects.requireNonNull(id, "id");
    }
}
