package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.network.VnicProfile;

/** Parameters of {@link ActionType#UPDATE_VNIC_PROFILE}. */
public record UpdateVnicProfileParameters(VnicProfile vnicProfile) implements ActionParametersBase {

    public UpdateVnicProfileParameters {
        Objects.requireNonNull(vnicProfile, "vnicProfile");
    }
}
