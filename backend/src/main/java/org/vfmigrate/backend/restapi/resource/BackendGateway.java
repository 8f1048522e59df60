package org.vfmigrate.backend.restapi.resource;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryReturnValue;
import org.vfmigrate.common.queries.QueryType;

/**
 * How resources reach the engine: queries and actions through {@link Backend}, with failures turned into
 * oVirt faults (400 for a refused action, 409 for a conflict, 404 for an unknown addressed object).
 */
@Component
public class BackendGateway {

    public static final String XML = MediaType.APPLICATION_XML_VALUE;
    public static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final Backend backend;

    public BackendGateway(Backend backend) {
        this.backend = backend;
    }

    public <T> T query(QueryType type, QueryParametersBase parameters) {
        QueryReturnValue result = backend.runQuery(type, parameters);
        if (!result.succeeded()) {
            throw new IllegalStateException(type + " failed: " + result.exceptionString());
        }
        return result.getReturnValue();
    }

    /** The object with the id in the path, or a 404. */
    public <T> T getOr404(QueryType type, String pathId) {
        T found = query(type, new IdQueryParameters(ApiValues.parseId("id", pathId)));
        if (found == null) {
            throw ApiFaultException.notFound();
        }
        return found;
    }

    /** Runs the action; returns its return value or throws the fault describing why it failed. */
    public <T> T run(ActionType type, ActionParametersBase parameters) {
        ActionReturnValue result = backend.runAction(type, parameters);
        if (!result.getSucceeded()) {
            throw new ApiFaultException(statusOf(result), "Operation Failed",
                    "[" + String.join(", ", result.getRenderedMessages()) + "]");
        }
        return result.getActionReturnValue();
    }

    /**
     * Runs a follow-up action whose failure the caller accepts (the action audits it); the failure's text, empty
     * when it succeeded.
     */
    public Optional<String> runAcceptingFailure(ActionType type, ActionParametersBase parameters) {
        ActionReturnValue result = backend.runAction(type, parameters);
        return result.getSucceeded() ? Optional.empty() : Optional.of(String.join(" ", result.getRenderedMessages()));
    }

    public static <T> ResponseEntity<T> created(String collection, UUID id, T body) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(body);
    }

    private static HttpStatus statusOf(ActionReturnValue result) {
        return switch (result.getMessage().kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
            case INVALID, NOT_FOUND -> HttpStatus.BAD_REQUEST;
        };
    }
}
