package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.network.VnicProfile;

/** Parameters of {@link ActionType#ADD_VNIC_PROFILE}. */
public record AddVnicProfileParameters(VnicProfile vnicProfile) implements ActionParametersBase {

    public AddVnicProfileParameters {
        Objects.requireNonNull(vnicProfile, "vnicProfile");
    }
}
