package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.vm.VmNic;

/**
 * Parameters of {@link ActionType#ADD_VM_INTERFACE}: the new NIC, naming its VM by {@link VmNic#getVmId()}. A
 * null type is derived from the profile, a null MAC is allocated from the data center's pool.
 */
public record AddVmInterfaceParameters(VmNic nic) implements ActionParametersBase {

    public AddVmInterfaceParameters {
        Objects.requireNonNull(nic, "nic");
    }
}
