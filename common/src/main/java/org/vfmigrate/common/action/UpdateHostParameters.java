package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.host.Host;

/** Parameters of {@link ActionType#UPDATE_HOST}. */
public record UpdateHostParameters(Host host) implements ActionParametersBase {

    public UpdateHostParameters {
        Objects.requireNonNull(host, "host");
    }
}
