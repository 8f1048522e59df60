package org.vfmigrate.backend.scheduling;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The VM to place: its cluster, the memory it needs, where it runs now (when migrating) and the NICs that will be
 * plugged on the chosen host. Unplugged NICs are left out by the caller: they need neither a VF nor a bridge.
 *
 * @param id            VM id
 * @param name          VM name
 * @param clusterId     the VM's cluster; only hosts of this cluster are candidates
 * @param memoryMib     memory the VM needs on the host, MiB
 * @param currentHostId the host the VM runs on when migrating (excluded), {@code null} when starting
 * @param nics          NICs to plug, in the VM's order (messages list them in this order)
 */
public record SchedulingVm(UUID id, String name, UUID clusterId, long memoryMib, UUID currentHostId,
                           List<SchedulingNic> nics) {

    public SchedulingVm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(clusterId, "clusterId");
        nics = List.copyOf(nics);
        if (memoryMib < 0) {
            throw new IllegalArgumentException("negative memory for VM " + name);
        }
    }

    public boolean isMigrating() {
        return currentHostId != null;
    }
}
