package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.backend.restapi.mapper.HostDeviceMapper;
import org.vfmigrate.backend.restapi.mapper.NetworkAttachmentMapper;
import org.vfmigrate.backend.restapi.model.HostDevice;
import org.vfmigrate.backend.restapi.model.HostDevices;
import org.vfmigrate.backend.restapi.model.NetworkAttachment;
import org.vfmigrate.backend.restapi.model.NetworkAttachments;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostDeviceInventory;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.QueryType;

/**
 * What a host's last inventory reported, read-only: {@code /hosts/{id}/devices} (its SR-IOV PFs and VFs, with
 * who holds each VF) and {@code /hosts/{id}/networkattachments} (the networks it carries and their bridges).
 */
@RestController
@RequestMapping(path = ApiPaths.HOSTS + "/{hostId}", produces = {XML, JSON})
public class HostInventoryResource {

    private final BackendGateway gateway;

    public HostInventoryResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/devices")
    public HostDevices devices(@PathVariable String hostId) {
        UUID host = host(hostId);
        return new HostDevices(HostDeviceMapper.toModels(host, inventory(host)));
    }

    @GetMapping("/devices/{deviceId}")
    public HostDevice device(@PathVariable String hostId, @PathVariable String deviceId) {
        UUID host = host(hostId);
        UUID device = ApiValues.parseId("device id", deviceId);
        HostDeviceInventory inventory = inventory(host);
        return inventory.devices().stream().filter(d -> d.getId().equals(device)).findFirst()
                .map(d -> HostDeviceMapper.toModel(host, d, inventory))
                .orElseThrow(ApiFaultException::notFound);
    }

    @GetMapping("/networkattachments")
    public NetworkAttachments attachments(@PathVariable String hostId) {
        UUID host = host(hostId);
        return new NetworkAttachments(attached(host).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> NetworkAttachmentMapper.toModel(host, e)).toList());
    }

    @GetMapping("/networkattachments/{attachmentId}")
    public NetworkAttachment attachment(@PathVariable String hostId, @PathVariable String attachmentId) {
        ApiValues.parseId("attachment id", attachmentId);
        return attachments(hostId).items.stream().filter(a -> a.id.equalsIgnoreCase(attachmentId.trim()))
                .findFirst().orElseThrow(ApiFaultException::notFound);
    }

    private UUID host(String hostId) {
        Host host = gateway.getOr404(QueryType.GET_HOST_BY_ID, hostId);
        return host.getId();
    }

    private HostDeviceInventory inventory(UUID host) {
        return gateway.query(QueryType.GET_HOST_DEVICES_BY_HOST_ID, new IdQueryParameters(host));
    }

    private Map<UUID, String> attached(UUID host) {
        return gateway.query(QueryType.GET_HOST_NETWORK_ATTACHMENTS_BY_HOST_ID, new IdQueryParameters(host));
    }
}
