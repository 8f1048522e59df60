package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.MigrationMapper;
import org.vfmigrate.backend.restapi.mapper.VmMapper;
import org.vfmigrate.backend.restapi.model.Action;
import org.vfmigrate.backend.restapi.model.Migration;
import org.vfmigrate.backend.restapi.model.Migrations;
import org.vfmigrate.backend.restapi.model.Vm;
import org.vfmigrate.backend.restapi.model.Vms;
import org.vfmigrate.backend.restapi.security.AdminOnly;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.action.RemoveVmParameters;
import org.vfmigrate.common.action.UpdateVmParameters;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.LiveDomainXml;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;

/**
 * {@code /vms}: list, get, add, update, remove; the {@code start} (optionally on a named host) and {@code stop}
 * actions; {@code migrate}, {@code cancelmigration} and the VM's {@code migrations} (the list and each by id);
 * and {@code domainxml} (not oVirt, administrators only): the live domain XML as the VM's host reports
 * it, passed through unchanged.
 */
@RestController
@RequestMapping(path = ApiPaths.VMS, produces = {XML, JSON})
public class VmsResource {

    private final BackendGateway gateway;

    public VmsResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public Vms list() {
        List<org.vfmigrate.common.businessentities.vm.Vm> all = gateway.query(QueryType.GET_ALL_VMS,
                QueryParametersBase.NONE);
        return new Vms(all.stream().map(VmMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public Vm get(@PathVariable String id) {
        return VmMapper.toModel(stored(id));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<Vm> add(@RequestBody Vm body) {
        UUID id = gateway.run(ActionType.ADD_VM, new AddVmParameters(VmMapper.forAdd(body)));
        return BackendGateway.created(ApiPaths.VMS, id, get(id.toString()));
    }

    @PutMapping(path = "/{id}", consumes = {XML, JSON})
    public Vm update(@PathVariable String id, @RequestBody Vm body) {
        gateway.run(ActionType.UPDATE_VM, new UpdateVmParameters(VmMapper.merge(body, stored(id))));
        return get(id);
    }

    @DeleteMapping("/{id}")
    public void remove(@PathVariable String id) {
        gateway.run(ActionType.REMOVE_VM, new RemoveVmParameters(stored(id).getId()));
    }

    @PostMapping("/{id}/start")
    public Action start(@PathVariable String id, @RequestBody(required = false) Action body) {
        UUID host = ActionBodies.chosenHost(body);
        gateway.run(ActionType.RUN_VM, new VmIdParameters(stored(id).getId(), host));
        return Action.complete();
    }

    @PostMapping("/{id}/stop")
    public Action stop(@PathVariable String id, @RequestBody(required = false) Action body) {
        gateway.run(ActionType.STOP_VM, VmIdParameters.of(stored(id).getId()));
        return Action.complete();
    }

    /** Live migration, optionally to {@code <action><host id=""/></action>}; it runs on after the answer. */
    @PostMapping("/{id}/migrate")
    public Action migrate(@PathVariable String id, @RequestBody(required = false) Action body) {
        UUID host = ActionBodies.chosenHost(body);
        gateway.run(ActionType.MIGRATE_VM, new MigrateVmParameters(stored(id).getId(), host));
        return Action.complete();
    }

    @PostMapping("/{id}/cancelmigration")
    public Action cancelMigration(@PathVariable String id, @RequestBody(required = false) Action body) {
        gateway.run(ActionType.CANCEL_MIGRATION, VmIdParameters.of(stored(id).getId()));
        return Action.complete();
    }

    /** The VM's migrations, newest first, with their phases and timings. */
    @GetMapping("/{id}/migrations")
    public Migrations migrations(@PathVariable String id) {
        List<org.vfmigrate.common.businessentities.migration.Migration> all = gateway.query(
                QueryType.GET_MIGRATIONS_BY_VM_ID, new IdQueryParameters(stored(id).getId()));
        return new Migrations(all.stream().map(MigrationMapper::toModel).toList());
    }

    /** One migration of the VM (the {@code href} each migration shows); a migration of another VM is not found. */
    @GetMapping("/{id}/migrations/{migrationId}")
    public Migration migration(@PathVariable String id, @PathVariable String migrationId) {
        UUID vmId = stored(id).getId();
        org.vfmigrate.common.businessentities.migration.Migration m =
                gateway.getOr404(QueryType.GET_MIGRATION_BY_ID, migrationId);
        if (!m.getVmId().equals(vmId)) {
            throw ApiFaultException.notFound();
        }
        return MigrationMapper.toModel(m);
    }

    @GetMapping(path = "/{id}/domainxml", produces = XML)
    public String domainXml(@PathVariable String id) {
        AdminOnly.require("the live domain XML");
        LiveDomainXml live = gateway.query(QueryType.GET_VM_LIVE_DOMAIN_XML, new IdQueryParameters(stored(id).getId()));
        return switch (live.outcome()) {
            case READ -> live.xml();
            case NO_VM -> throw ApiFaultException.notFound();
            case NOT_RUNNING, HOST_FAILED -> throw new ApiFaultException(HttpStatus.CONFLICT, "Conflict", live.detail());
        };
    }

    private org.vfmigrate.common.businessentities.vm.Vm stored(String id) {
        return gateway.getOr404(QueryType.GET_VM_BY_ID, id);
    }
}
