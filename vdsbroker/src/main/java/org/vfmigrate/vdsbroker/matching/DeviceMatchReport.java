package org.vfmigrate.vdsbroker.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Result of matching a host's live interfaces against the engine's NICs.
 *
 * @param matched live interfaces attributed to engine NICs, in document order
 * @param unmanaged live interfaces nobody expects (or that conflict with an earlier match)
 * @param missingDevices engine NICs whose primary device is not on the host
 * @param missingTwins failover NICs whose virtio twin is not on the host
 */
public record DeviceMatchReport(List<MatchedInterface> matched, List<UnmanagedInterface> unmanaged,
                                List<UUID> missingDevices, List<UUID> missingTwins) {

    public DeviceMatchReport {
        matched = List.copyOf(matched);
        unmanaged = List.copyOf(unmanaged);
        missingDevices = List.copyOf(missingDevices);
        missingTwins = List.copyOf(missingTwins);
    }

    /** The NIC's own device, if present. */
    public Optional<MatchedInterface> primaryOf(UUID nicId) {
        return find(nicId, InterfaceRole.PRIMARY);
    }

    /** The NIC's failover twin, if present. */
    public Optional<MatchedInterface> twinOf(UUID nicId) {
        return find(nicId, InterfaceRole.FAILOVER_TWIN);
    }

    private Optional<MatchedInterface> find(UUID nicId, InterfaceRole role) {
        return matched.stream().filter(m -> m.nicId().equals(nicId) && m.role() == role).findFirst();
    }
}
