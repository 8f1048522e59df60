package org.vfmigrate.common.action;

import java.util.Objects;
import java.util.UUID;

/** Parameters of {@link ActionType#REMOVE_VM_INTERFACE}: the VM and its NIC. */
public record RemoveVmInterfaceParameters(UUID vmId, UUID nicId) implements ActionParametersBase {

    public RemoveVmInterfaceParameters {
        Objects.requireNonNull(vmId, "vmId");
        Objects.requireNonNull(nicId, "nicId");
    }
}
