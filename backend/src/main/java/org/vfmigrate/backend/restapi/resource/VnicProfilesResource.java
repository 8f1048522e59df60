package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.VnicProfileMapper;
import org.vfmigrate.backend.restapi.model.VnicProfile;
import org.vfmigrate.backend.restapi.model.VnicProfiles;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.action.RemoveVnicProfileParameters;
import org.vfmigrate.common.action.UpdateVnicProfileParameters;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/** {@code /vnicprofiles}: list, get, add, update, remove, with the {@code failover} link. */
@RestController
@RequestMapping(path = ApiPaths.VNIC_PROFILES, produces = {XML, JSON})
public class VnicProfilesResource {

    private final BackendGateway gateway;

    public VnicProfilesResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public VnicProfiles list() {
        List<VnicProfileView> all = gateway.query(QueryType.GET_ALL_VNIC_PROFILES, QueryParametersBase.NONE);
        return new VnicProfiles(all.stream().map(VnicProfileMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public VnicProfile get(@PathVariable String id) {
        return VnicProfileMapper.toModel(gateway.getOr404(QueryType.GET_VNIC_PROFILE_BY_ID, id));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<VnicProfile> add(@RequestBody VnicProfile body) {
        UUID id = gateway.run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(VnicProfileMapper.forAdd(body)));
        return BackendGateway.created(ApiPaths.VNIC_PROFILES, id, get(id.toString()));
    }

    @PutMapping(path = "/{id}", consumes = {XML, JSON})
    public VnicProfile update(@PathVariable String id, @RequestBody VnicProfile body) {
        VnicProfileView stored = gateway.getOr404(QueryType.GET_VNIC_PROFILE_BY_ID, id);
        gateway.run(ActionType.UPDATE_VNIC_PROFILE,
                new UpdateVnicProfileParameters(VnicProfileMapper.merge(body, stored.toProfile())));
        return get(id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable String id) {
        VnicProfileView stored = gateway.getOr404(QueryType.GET_VNIC_PROFILE_BY_ID, id);
        gateway.run(ActionType.REMOVE_VNIC_PROFILE, new RemoveVnicProfileParameters(stored.id()));
    }
}
