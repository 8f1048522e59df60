package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#REMOVE_CLUSTER}. */
public record RemoveClusterParameters(UUID id) implements ActionParametersBase {

    public RemoveClusterParameters {
        Objects.requireNonNull(id, "id");
    }
}
