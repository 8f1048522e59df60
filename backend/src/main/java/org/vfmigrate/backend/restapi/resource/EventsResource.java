package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.backend.restapi.mapper.EventMapper;
import org.vfmigrate.backend.restapi.model.Event;
import org.vfmigrate.backend.restapi.model.Events;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.queries.AuditLogPageParameters;
import org.vfmigrate.common.queries.QueryType;

/**
 * {@code /events}: the audit log as oVirt events, newest first. {@code ?max=N} (default 100, at most 500) and
 * {@code ?from=<id>} (only events after that id; a client polling with the highest id it has seen misses none).
 */
@RestController
@RequestMapping(path = ApiPaths.EVENTS, produces = {XML, JSON})
public class EventsResource {

    static final int DEFAULT_MAX = 100;
    static final int MOST = 500;

    private final BackendGateway gateway;

    public EventsResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public Events list(@RequestParam(required = false) String max, @RequestParam(required = false) String from) {
        Integer limit = ApiValues.parseAtLeast("max", max, 1);
        if (limit != null && limit > MOST) {
            throw ApiFaultException.badValue("max", max, "a whole number from 1 to " + MOST);
        }
        Long after = ApiValues.parseLong("from", from);
        if (after != null && after < 0) {
            throw ApiFaultException.badValue("from", from, "an event id, 0 or more");
        }
        return new Events(page(after, limit == null ? DEFAULT_MAX : limit).stream().map(EventMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public Event get(@PathVariable String id) {
        Long wanted = ApiValues.parseLong("id", id);
        if (wanted == null || wanted < 1) {
            throw ApiFaultException.badValue("id", id, "an event id, 1 or more");
        }
        return page(wanted - 1, 1).stream().filter(a -> a.getId().equals(wanted)).findFirst()
                .map(EventMapper::toModel).orElseThrow(ApiFaultException::notFound);
    }

    private List<AuditLog> page(Long after, int max) {
        return gateway.query(QueryType.GET_AUDIT_LOG_PAGE, new AuditLogPageParameters(after, max));
    }
}
