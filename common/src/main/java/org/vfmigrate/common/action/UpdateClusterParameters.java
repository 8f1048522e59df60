package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.Cluster;

/** Parameters of {@link ActionType#UPDATE_CLUSTER}. */
public record UpdateClusterParameters(Cluster cluster) implements ActionParametersBase {

    public UpdateClusterParameters {
        Objects.requireNonNull(cluster, "cluster");
    }
}
