package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.vm.VmNic;

/**
 * Parameters of {@link ActionType#UPDATE_VM_INTERFACE}: the NIC as the caller wants it (usually read, then
 * changed); {@link VmNic#getVmId()} names the VM it must belong to. Its {@code plugged} flag is ignored.
 */
public record UpdateVmInterfaceParameters(VmNic nic) implements ActionParametersBase {

    public UpdateVmInterfaceParameters {
        Objects.requireNonNull(nic, "nic");
    }
}
