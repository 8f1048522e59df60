package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#REMOVE_VNIC_PROFILE}. */
public record RemoveVnicProfileParameters(UUID id) implements ActionParametersBase {

    public RemoveVnicProfileParameters {
        Objects.requireNonNull(id, "id");
    }
}
