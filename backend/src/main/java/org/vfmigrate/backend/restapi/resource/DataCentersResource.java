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
import org.vfmigrate.backend.restapi.mapper.DataCenterMapper;
import org.vfmigrate.backend.restapi.model.DataCenter;
import org.vfmigrate.backend.restapi.model.DataCenters;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddDataCenterParameters;
import org.vfmigrate.common.action.RemoveDataCenterParameters;
import org.vfmigrate.common.action.UpdateDataCenterParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/** {@code /datacenters}: list, get, add, update, remove. */
@RestController
@RequestMapping(path = ApiPaths.DATA_CENTERS, produces = {XML, JSON})
public class DataCentersResource {

    private final BackendGateway gateway;

    public DataCentersResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public DataCenters list() {
        List<org.vfmigrate.common.businessentities.DataCenter> all =
                gateway.query(QueryType.GET_ALL_DATA_CENTERS, QueryParametersBase.NONE);
        return new DataCenters(all.stream().map(DataCenterMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public DataCenter get(@PathVariable String id) {
        return DataCenterMapper.toModel(gateway.getOr404(QueryType.GET_DATA_CENTER_BY_ID, id));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<DataCenter> add(@RequestBody DataCenter body) {
        UUID id = gateway.run(ActionType.ADD_DATA_CENTER, new AddDataCenterParameters(DataCenterMapper.forAdd(body)));
        return BackendGateway.created(ApiPaths.DATA_CENTERS, id, get(id.toString()));
    }

    @PutMapping(path = "/{id}", consumes = {XML, JSON})
    public DataCenter update(@PathVariable String id, @RequestBody DataCenter body) {
        org.vfmigrate.common.businessentities.DataCenter stored =
                gateway.getOr404(QueryType.GET_DATA_CENTER_BY_ID, id);
        gateway.run(ActionType.UPDATE_DATA_CENTER, new UpdateDataCenterParameters(DataCenterMapper.merge(body, stored)));
        return get(id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable String id) {
        org.vfmigrate.common.businessentities.DataCenter stored =
                gateway.getOr404(QueryType.GET_DATA_CENTER_BY_ID, id);
        gateway.run(ActionType.REMOVE_DATA_CENTER, new RemoveDataCenterParameters(stored.getId()));
    }
}
