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
import org.vfmigrate.backend.restapi.mapper.NetworkMapper;
import org.vfmigrate.backend.restapi.mapper.VnicProfileMapper;
import org.vfmigrate.backend.restapi.model.Network;
import org.vfmigrate.backend.restapi.model.Networks;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.backend.restapi.model.VnicProfile;
import org.vfmigrate.backend.restapi.model.VnicProfiles;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddNetworkParameters;
import org.vfmigrate.common.action.RemoveNetworkParameters;
import org.vfmigrate.common.action.UpdateNetworkParameters;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/** {@code /networks} and each network's {@code /vnicprofiles}. */
@RestController
@RequestMapping(path = ApiPaths.NETWORKS, produces = {XML, JSON})
public class NetworksResource {

    private final BackendGateway gateway;
    private final VnicProfilesResource profiles;

    public NetworksResource(BackendGateway gateway, VnicProfilesResource profiles) {
        this.gateway = gateway;
        this.profiles = profiles;
    }

    @GetMapping
    public Networks list() {
        List<org.vfmigrate.common.businessentities.network.Network> all =
                gateway.query(QueryType.GET_ALL_NETWORKS, QueryParametersBase.NONE);
        return new Networks(all.stream().map(NetworkMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public Network get(@PathVariable String id) {
        return NetworkMapper.toModel(gateway.getOr404(QueryType.GET_NETWORK_BY_ID, id));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<Network> add(@RequestBody Network body) {
        UUID id = gateway.run(ActionType.ADD_NETWORK,
                new AddNetworkParameters(NetworkMapper.forAdd(body), NetworkMapper.profileRequired(body)));
        return BackendGateway.created(ApiPaths.NETWORKS, id, get(id.toString()));
    }

    @PutMapping(path = "/{id}", consumes = {XML, JSON})
    public Network update(@PathVariable String id, @RequestBody Network body) {
        org.vfmigrate.common.businessentities.network.Network stored =
                gateway.getOr404(QueryType.GET_NETWORK_BY_ID, id);
        gateway.run(ActionType.UPDATE_NETWORK, new UpdateNetworkParameters(NetworkMapper.merge(body, stored)));
        return get(id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable String id) {
        org.vfmigrate.common.businessentities.network.Network stored =
                gateway.getOr404(QueryType.GET_NETWORK_BY_ID, id);
        gateway.run(ActionType.REMOVE_NETWORK, new RemoveNetworkParameters(stored.getId()));
    }

    @GetMapping("/{id}/vnicprofiles")
    public VnicProfiles listProfiles(@PathVariable String id) {
        org.vfmigrate.common.businessentities.network.Network network =
                gateway.getOr404(QueryType.GET_NETWORK_BY_ID, id);
        List<VnicProfileView> views = gateway.query(QueryType.GET_VNIC_PROFILES_BY_NETWORK_ID,
                new IdQueryParameters(network.getId()));
        return new VnicProfiles(views.stream().map(VnicProfileMapper::toModel).toList());
    }

    @PostMapping(path = "/{id}/vnicprofiles", consumes = {XML, JSON})
    public ResponseEntity<VnicProfile> addProfile(@PathVariable String id, @RequestBody VnicProfile body) {
        org.vfmigrate.common.businessentities.network.Network network =
                gateway.getOr404(QueryType.GET_NETWORK_BY_ID, id);
        body.network = new Ref(network.getId().toString(), null);
        return profiles.add(body);
    }

    @GetMapping("/{id}/vnicprofiles/{profileId}")
    public VnicProfile getProfile(@PathVariable String id, @PathVariable String profileId) {
        org.vfmigrate.common.businessentities.network.Network network =
                gateway.getOr404(QueryType.GET_NETWORK_BY_ID, id);
        VnicProfile profile = profiles.get(profileId);
        if (!profile.network.id.equals(network.getId().toString())) {
            throw org.vfmigrate.backend.restapi.ApiFaultException.notFound();
        }
        return profile;
    }
}
