package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/**
 * Parameters of {@link ActionType#PLUG_VM_INTERFACE} and {@link ActionType#UNPLUG_VM_INTERFACE}. A user's plug
 * or unplug of a failover NIC acts on the VF and its virtio twin; {@code vfOnly} (migration) touches only the VF
 * and leaves the twin carrying the traffic (SPEC-failover.md rules 17 and 18).
 */
public record ActivateDeactivateVmNicParameters(UUID vmId, UUID nicId, boolean vfOnly) implements ActionParametersBase {

    public ActivateDeactivateVmNicParameters {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(nicId, "nicId");
    }

    public static ActivateDeactivateVmNicParameters byUser(UUID vmId, UUID nicId) {
        return new ActivateDeactivateVmNicParameters(vmId, nicId, false);
    }
}
