package org.vfmigrate.dal.dao.host;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Which networks each host carries (a bridge for VM networks), as its last inventory reported. */
public interface HostNetworkAttachmentDao {

    /** Replaces the host's attachments with {@code networkBridges} (network id → bridge name). */
    void replace(UUID hostId, Map<UUID, String> networkBridges);

    /** Network id → bridge name of the host's attachments. */
    Map<UUID, String> getForHost(UUID hostId);

    /** Host id → ids of its attached networks, for every host of the cluster. */
    Map<UUID, Set<UUID>> getNetworkIdsByHostInCluster(UUID clusterId);
}
