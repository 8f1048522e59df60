package org.vfmigrate.backend.bll.query;

import java.util.function.Function;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/** Answers one {@link QueryType}. Reads only; runs in a read-only transaction. */
public interface QueryHandler {

    QueryType type();

    Object run(QueryParametersBase parameters);

    static QueryHandler of(QueryType type, Function<QueryParametersBase, Object> body) {
        return new QueryHandler() {
            @Override
            public QueryType type() {
                return type;
            }

            @Override
            public Object run(QueryParametersBase parameters) {
                return body.apply(parameters);
            }
        };
    }

    /** A query by one id. */
    static QueryHandler byId(QueryType type, Function<java.util.UUID, Object> body) {
        return of(type, p -> body.apply(((IdQueryParameters) p).id()));
    }
}
