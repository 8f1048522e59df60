package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.DataCenter;

/** Parameters of {@link ActionType#ADD_DATA_CENTER}. */
public record AddDataCenterParameters(DataCenter dataCenter) implements ActionParametersBase {

    public AddDataCenterParameters {
        Objects.requireNonNull(dataCenter, "dataCenter");
    }
}
