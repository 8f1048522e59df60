package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.GuestDataPathMapper;
import org.vfmigrate.backend.restapi.model.GuestDataPath;
import org.vfmigrate.backend.restapi.security.AdminOnly;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.queries.QueryType;
import org.vfmigrate.vdsbroker.host.sim.DataPathTimeline;

/**
 * {@code /vms/{id}/datapath} (not oVirt), administrators only, read-only: the guest data path the simulated hosts
 * recorded for the VM (kept by VM name, across hosts and runs), so a client can see which NIC carried the traffic
 * during a migration. Only simulated hosts observe a guest: a VM that never ran on one has no such resource (404).
 */
@RestController
@RequestMapping(path = ApiPaths.VMS + "/{id}/datapath", produces = {XML, JSON})
public class VmDataPathResource {

    private final BackendGateway gateway;
    private final HostDrivers drivers;
    private final Clock clock;

    public VmDataPathResource(BackendGateway gateway, HostDrivers drivers, Clock clock) {
        this.gateway = gateway;
        this.drivers = drivers;
        this.clock = clock;
    }

    @GetMapping
    public GuestDataPath get(@PathVariable String id) {
        AdminOnly.require("the simulated guest data path");
        Vm vm = gateway.getOr404(QueryType.GET_VM_BY_ID, id);
        DataPathTimeline timeline = drivers.simulation().timeline(vm.getName());
        if (timeline.changes().isEmpty()) {
            throw new ApiFaultException(HttpStatus.NOT_FOUND, "Not Found", "VM " + vm.getName()
                    + " has no simulated data path: it never ran on a simulated host.");
        }
        return GuestDataPathMapper.toModel(vm.getId(), timeline, clock.instant());
    }
}
