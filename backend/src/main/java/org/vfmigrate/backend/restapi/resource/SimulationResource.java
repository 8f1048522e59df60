package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.SimulationBodies;
import org.vfmigrate.backend.restapi.mapper.SimulationMapper;
import org.vfmigrate.backend.restapi.model.SimulatedDomains;
import org.vfmigrate.backend.restapi.model.Simulation;
import org.vfmigrate.backend.restapi.security.AdminOnly;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.queries.QueryType;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.sim.SimHost;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * {@code /hosts/{id}/simulation} (not oVirt), administrators only: the behaviour of a simulated host (injected
 * faults, guest capabilities, latencies). GET reads it, PUT replaces it (faults start with their full count),
 * DELETE resets it to no faults and no latency. Hosts that are not simulated have no such resource (404).
 * These settings belong to the simulator, not to the engine's data, so no command is involved.
 *
 * <p>Read-only, {@code domains} lists the domains the simulated host runs and {@code domains/{name}} gives one's
 * live XML: what the host says, not what the database says, so that a client outside the engine process (a
 * reliability test) can compare the two.
 */
@RestController
@RequestMapping(path = ApiPaths.HOSTS + "/{hostId}/simulation", produces = {XML, JSON})
public class SimulationResource {

    private static final String WHAT = "simulated host settings";

    private final BackendGateway gateway;
    private final HostDrivers drivers;

    public SimulationResource(BackendGateway gateway, HostDrivers drivers) {
        this.gateway = gateway;
        this.drivers = drivers;
    }

    @GetMapping
    public Simulation get(@PathVariable String hostId) {
        return SimulationMapper.toModel(sim(hostId).settings());
    }

    @PutMapping(consumes = {XML, JSON})
    public Simulation set(@PathVariable String hostId, @RequestBody byte[] body,
            @RequestHeader("Content-Type") MediaType contentType) {
        SimHost sim = sim(hostId);
        SimSettings settings = SimulationBodies.parse(body, MediaType.APPLICATION_JSON.isCompatibleWith(contentType));
        sim.configure(settings);
        return SimulationMapper.toModel(sim.settings());
    }

    @DeleteMapping
    public Simulation reset(@PathVariable String hostId) {
        SimHost sim = sim(hostId);
        sim.configure(SimSettings.ZERO_LATENCY);
        return SimulationMapper.toModel(sim.settings());
    }

    @GetMapping("/domains")
    public SimulatedDomains domains(@PathVariable String hostId) {
        return new SimulatedDomains(sim(hostId).runningDomains().stream().sorted().toList());
    }

    /** The live XML of a domain the host runs; 404 when it runs none of that name. */
    @GetMapping(path = "/domains/{name}", produces = XML)
    public String domainXml(@PathVariable String hostId, @PathVariable String name) {
        SimHost sim = sim(hostId);
        if (!sim.runningDomains().contains(name)) {
            throw ApiFaultException.notFound();
        }
        try {
            return sim.liveXml(name);
        } catch (HostOperationException e) {
            throw ApiFaultException.notFound(); // it stopped or left meanwhile
        }
    }

    private SimHost sim(String hostId) {
        AdminOnly.require(WHAT);
        Host host = gateway.getOr404(QueryType.GET_HOST_BY_ID, hostId);
        return drivers.simulated(host.getAddress()).orElseThrow(ApiFaultException::notFound);
    }
}
