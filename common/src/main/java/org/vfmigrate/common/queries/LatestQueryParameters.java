package org.vfmigrate.common.queries;

/** Parameters of a query for the newest {@code max} items of a collection (e.g. {@link QueryType#GET_LATEST_JOBS}). */
public record LatestQueryParameters(int max) implements QueryParametersBase {

    public LatestQueryParameters {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
    }
}
