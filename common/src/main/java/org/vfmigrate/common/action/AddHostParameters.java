package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.host.Host;

/** Parameters of {@link ActionType#ADD_HOST}. */
public record AddHostParameters(Host host) implements ActionParametersBase {

    public AddHostParameters {
        Objects.requireNonNull(host, "host");
    }
}
