package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.net.URI;
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
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.backend.restapi.mapper.NicMapper;
import org.vfmigrate.backend.restapi.model.Action;
import org.vfmigrate.backend.restapi.model.Nic;
import org.vfmigrate.backend.restapi.model.Nics;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.ActivateDeactivateVmNicParameters;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.RemoveVmInterfaceParameters;
import org.vfmigrate.common.action.UpdateVmInterfaceParameters;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.QueryType;

/**
 * {@code /vms/{id}/nics}: list, get, add, update, remove, and the {@code activate} / {@code deactivate} actions
 * (hot-plug and hot-unplug; for a failover VF NIC both the VF and its virtio twin, SPEC-failover.md rule 17).
 * Each NIC shows its failover twin's state from the VM's devices on its host.
 */
@RestController
@RequestMapping(path = ApiPaths.VMS + "/{vmId}/nics", produces = {XML, JSON})
public class VmNicsResource {

    private final BackendGateway gateway;

    public VmNicsResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public Nics list(@PathVariable String vmId) {
        Vm vm = vm(vmId);
        List<VmNic> nics = gateway.query(QueryType.GET_VM_INTERFACES_BY_VM_ID, new IdQueryParameters(vm.getId()));
        List<VmDevice> devices = devices(vm.getId());
        return new Nics(nics.stream().map(n -> NicMapper.toModel(n, devices)).toList());
    }

    @GetMapping("/{nicId}")
    public Nic get(@PathVariable String vmId, @PathVariable String nicId) {
        VmNic nic = stored(vm(vmId), nicId);
        return NicMapper.toModel(nic, devices(nic.getVmId()));
    }

    @PostMapping(consumes = {XML, JSON})
    public ResponseEntity<Nic> add(@PathVariable String vmId, @RequestBody Nic body) {
        Vm vm = vm(vmId);
        UUID id = gateway.run(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(NicMapper.forAdd(vm.getId(), body)));
        return ResponseEntity.created(URI.create(ApiPaths.subHref(ApiPaths.VMS, vm.getId(), "nics", id)))
                .body(get(vmId, id.toString()));
    }

    @PutMapping(path = "/{nicId}", consumes = {XML, JSON})
    public Nic update(@PathVariable String vmId, @PathVariable String nicId, @RequestBody Nic body) {
        VmNic nic = stored(vm(vmId), nicId);
        gateway.run(ActionType.UPDATE_VM_INTERFACE, new UpdateVmInterfaceParameters(NicMapper.merge(body, nic)));
        return get(vmId, nicId);
    }

    @DeleteMapping("/{nicId}")
    public void remove(@PathVariable String vmId, @PathVariable String nicId) {
        VmNic nic = stored(vm(vmId), nicId);
        gateway.run(ActionType.REMOVE_VM_INTERFACE, new RemoveVmInterfaceParameters(nic.getVmId(), nic.getId()));
    }

    @PostMapping("/{nicId}/activate")
    public Action activate(@PathVariable String vmId, @PathVariable String nicId,
            @RequestBody(required = false) Action body) {
        return plug(ActionType.PLUG_VM_INTERFACE, vmId, nicId);
    }

    @PostMapping("/{nicId}/deactivate")
    public Action deactivate(@PathVariable String vmId, @PathVariable String nicId,
            @RequestBody(required = false) Action body) {
        return plug(ActionType.UNPLUG_VM_INTERFACE, vmId, nicId);
    }

    private Action plug(ActionType type, String vmId, String nicId) {
        VmNic nic = stored(vm(vmId), nicId);
        gateway.run(type, ActivateDeactivateVmNicParameters.byUser(nic.getVmId(), nic.getId()));
        return Action.complete();
    }

    private Vm vm(String vmId) {
        return gateway.getOr404(QueryType.GET_VM_BY_ID, vmId);
    }

    /** The VM's NIC with that id; 404 for an unknown id or another VM's NIC. */
    private VmNic stored(Vm vm, String nicId) {
        VmNic nic = gateway.query(QueryType.GET_VM_INTERFACE_BY_ID,
                new IdQueryParameters(ApiValues.parseId("nic id", nicId)));
        if (nic == null || !nic.getVmId().equals(vm.getId())) {
            throw ApiFaultException.notFound();
        }
        return nic;
    }

    private List<VmDevice> devices(UUID vmId) {
        return gateway.query(QueryType.GET_VM_DEVICES_BY_VM_ID, new IdQueryParameters(vmId));
    }
}
