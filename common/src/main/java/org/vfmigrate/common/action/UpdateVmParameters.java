package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.vm.Vm;

/** Parameters of {@link ActionType#UPDATE_VM}. */
public record UpdateVmParameters(Vm vm) implements ActionParametersBase {

    public UpdateVmParameters {
        Objects.requireNonNull(vm, "vm");
    }
}
