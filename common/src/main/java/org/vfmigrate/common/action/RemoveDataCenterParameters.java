package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#REMOVE_DATA_CENTER}. */
public record RemoveDataCenterParameters(UUID id) implements ActionParametersBase {

    public RemoveDataCenterParameters {
        Objects.requireNonNull(id, "id");
    }
}
