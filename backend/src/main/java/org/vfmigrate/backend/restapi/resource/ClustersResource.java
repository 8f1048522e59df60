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
import org.vfmigrate.backend.restapi.mapper.ClusterMapper;
import org.vfmigrate.backend.restapi.model.Cluster;
import org.vfmigrate.backend.restapi.model.Clusters;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddClusterParameters;
import org.vfmigrate.common.action.RemoveClusterParameters;
import org.vfmigrate.common.action.UpdateClusterParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/** {@code /clusters}: list, get, add, update, remove. */
@RestController
@RequestMapping(path = ApiPaths.CLUSTERS, produces = {XML, JSON})
public class ClustersResource {

    private final BackendGateway gateway;

    public ClustersResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public Clusters list() {
        List<org.vfmigrate.common.businessentities.Cluster> all =
                gateway.query(QueryType.GET_ALL_CLUSTERS, QueryParametersBase.NONE);
        return new Clusters(all.stream().map(ClusterMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public Cluster get(@PathVariable String id) {
        return ClusterMapper.toModel(gateway.getOr404(QueryType.GET_CLUSTER_BY_ID, id));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<Cluster> add(@RequestBody Cluster body) {
        UUID id = gateway.run(ActionType.ADD_CLUSTER, new AddClusterParameters(ClusterMapper.forAdd(body)));
        return BackendGateway.created(ApiPaths.CLUSTERS, id, get(id.toString()));
    }

    @PutMapping(path = "/{id}", consumes = {XML, JSON})
    public Cluster update(@PathVariable String id, @RequestBody Cluster body) {
        org.vfmigrate.common.businessentities.Cluster stored = gateway.getOr404(QueryType.GET_CLUSTER_BY_ID, id);
        gateway.run(ActionType.UPDATE_CLUSTER, new UpdateClusterParameters(ClusterMapper.merge(body, stored)));
        return get(id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable String id) {
        org.vfmigrate.common.businessentities.Cluster stored = gateway.getOr404(QueryType.GET_CLUSTER_BY_ID, id);
        gateway.run(ActionType.REMOVE_CLUSTER, new RemoveClusterParameters(stored.getId()));
    }
}
