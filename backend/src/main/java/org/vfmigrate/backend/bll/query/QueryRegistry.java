package org.vfmigrate.backend.bll.query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.queries.QueryType;

/** Every {@link QueryHandler} bean by its type; a type without a handler stops the engine from starting. */
@Component
public class QueryRegistry {

    private final Map<QueryType, QueryHandler> handlers = new EnumMap<>(QueryType.class);

    public QueryRegistry(List<QueryHandler> all) {
        for (QueryHandler h : all) {
            if (handlers.put(h.type(), h) != null) {
                throw new IllegalStateException(h.type() + " has two handlers");
            }
        }
        for (QueryType type : QueryType.values()) {
            if (!handlers.containsKey(type)) {
                throw new IllegalStateException("no handler answers " + type);
            }
        }
    }

    public QueryHandler handler(QueryType type) {
        return handlers.get(type);
    }
}
