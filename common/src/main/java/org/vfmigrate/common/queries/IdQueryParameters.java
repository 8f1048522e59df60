package org.vfmigrate.common.queries;

import java.util.Objects;
import java.util.UUID;

/** Parameters of a query by one id. */
public record IdQueryParameters(UUID id) implements QueryParametersBase {

    public IdQueryParameters {
        Objects.requireNonNull(id, "id");
    }
}
