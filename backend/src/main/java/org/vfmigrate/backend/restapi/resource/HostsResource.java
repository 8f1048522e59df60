package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.backend.restapi.mapper.HostMapper;
import org.vfmigrate.backend.restapi.model.Action;
import org.vfmigrate.backend.restapi.model.Host;
import org.vfmigrate.backend.restapi.model.Hosts;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.action.UpdateHostParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/**
 * {@code /hosts}: list, get, add, update, remove, and the {@code activate} and {@code deactivate} (maintenance)
 * actions. As in oVirt, a new host is brought up at once unless {@code ?activate=false}; if that activation
 * fails, the host stays added in maintenance, the failure is in the events, and the add's answer says why in
 * {@code status_detail} (only there: it is not kept).
 */
@RestController
@RequestMapping(path = ApiPaths.HOSTS, produces = {XML, JSON})
public class HostsResource {

    private final BackendGateway gateway;

    public HostsResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public Hosts list() {
        List<org.vfmigrate.common.businessentities.host.Host> all =
                gateway.query(QueryType.GET_ALL_HOSTS, QueryParametersBase.NONE);
        return new Hosts(all.stream().map(HostMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public Host get(@PathVariable String id) {
        return HostMapper.toModel(stored(id));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<Host> add(@RequestBody Host body, @RequestParam(required = false) String activate) {
        Boolean bringUp = ApiValues.parseBoolean("activate", activate);
        UUID id = gateway.run(ActionType.ADD_HOST, new AddHostParameters(HostMapper.forAdd(body)));
        Optional<String> activationFailure = bringUp == null || bringUp
                ? gateway.runAcceptingFailure(ActionType.ACTIVATE_HOST, new HostIdParameters(id)) : Optional.empty();
        Host added = get(id.toString());
        added.statusDetail = activationFailure.orElse(null);
        return BackendGateway.created(ApiPaths.HOSTS, id, added);
    }

    @PutMapping(path = "/{id}", consumes = {XML, JSON})
    public Host update(@PathVariable String id, @RequestBody Host body) {
        gateway.run(ActionType.UPDATE_HOST, new UpdateHostParameters(HostMapper.merge(body, stored(id))));
        return get(id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable String id) {
        gateway.run(ActionType.REMOVE_HOST, new HostIdParameters(stored(id).getId()));
    }

    @PostMapping("/{id}/activate")
    public Action activate(@PathVariable String id, @RequestBody(required = false) Action body) {
        gateway.run(ActionType.ACTIVATE_HOST, new HostIdParameters(stored(id).getId()));
        return Action.complete();
    }

    @PostMapping("/{id}/deactivate")
    public Action deactivate(@PathVariable String id, @RequestBody(required = false) Action body) {
        gateway.run(ActionType.DEACTIVATE_HOST, new HostIdParameters(stored(id).getId()));
        return Action.complete();
    }

    private org.vfmigrate.common.businessentities.host.Host stored(String id) {
        return gateway.getOr404(QueryType.GET_HOST_BY_ID, id);
    }
}
