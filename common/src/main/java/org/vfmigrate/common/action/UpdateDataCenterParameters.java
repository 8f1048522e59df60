package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.DataCenter;

/** Parameters of {@link ActionType#UPDATE_DATA_CENTER}. */
public record UpdateDataCenterParameters(DataCenter dataCenter) implements ActionParametersBase {

    public UpdateDataCenterParameters {
        Objects.requireNonNull(dataCenter, "dataCenter");
    }
}
