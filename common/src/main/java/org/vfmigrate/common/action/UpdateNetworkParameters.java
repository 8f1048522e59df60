package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.network.Network;

/** Parameters of {@link ActionType#UPDATE_NETWORK}. */
public record UpdateNetworkParameters(Network network) implements ActionParametersBase {

    public UpdateNetworkParameters {
        Objects.requireNonNull(network, "network");
    }
}
