package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.network.Network;

/**
 * Parameters of {@link ActionType#ADD_NETWORK}. As in oVirt, a VM network gets a vNIC profile of the same name
 * unless {@code vnicProfileRequired} is false.
 */
public record AddNetworkParameters(Network network, boolean vnicProfileRequired) implements ActionParametersBase {

    public AddNetworkParameters {
        Objects.requireNonNull(network, "network");
    }
}
