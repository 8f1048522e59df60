package org.vfmigrate.common.action;

import java.util.Objects;
import org.vfmigrate.common.businessentities.vm.Vm;

/** Parameters of {@link ActionType#ADD_VM}. */
public record AddVmParameters(Vm vm) implements ActionParametersBase {

    public AddVmParameters {
        Objects.requireNonNull(vm, "vm");
    }
}
