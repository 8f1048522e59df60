package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.Cluster;

/** Parameters of {@link ActionType#ADD_CLUSTER}. */
public record AddClusterParameters(Cluster cluster) implements ActionParametersBase {

    public AddClusterParameters {
        Objects.requireNonNull(cluster, "cluster");
    }
}
