package org.vfmigrate.backend.restapi.mapper;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.NetworkAttachment;

/**
 * A host's network attachments in API form. The engine keeps them as host → network → bridge, without ids of
 * their own, so an attachment's id is derived from its host and network: the same on every read.
 */
public final class NetworkAttachmentMapper {

    private NetworkAttachmentMapper() {
    }

    public static NetworkAttachment toModel(UUID hostId, Map.Entry<UUID, String> attachment) {
        NetworkAttachment m = new NetworkAttachment();
        UUID id = idOf(hostId, attachment.getKey());
        m.id = id.toString();
        m.href = ApiPaths.subHref(ApiPaths.HOSTS, hostId, "networkattachments", id);
        m.network = HostMapper.ref(ApiPaths.NETWORKS, attachment.getKey());
        m.host = HostMapper.ref(ApiPaths.HOSTS, hostId);
        m.bridgeName = attachment.getValue();
        return m;
    }

    static UUID idOf(UUID hostId, UUID networkId) {
        return UUID.nameUUIDFromBytes(("network-attachment:" + hostId + ":" + networkId).getBytes(StandardCharsets.UTF_8));
    }
}
