package org.vfmigrate.common.queries;

/** Parameters of a query; {@link #NONE} for queries that take none. */
public interface QueryParametersBase {

    QueryParametersBase NONE = new QueryParametersBase() {
        @Override
        public String toString() {
            return "none";
        }
    };
}
