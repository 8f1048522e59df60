package org.vfmigrate.vdsbroker.vm;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the host side needs to know about a VM to write its domain XML. The backend maps its
 * entities to this; vdsbroker never sees database entities.
 *
 * @param id engine VM id (becomes the domain UUID)
 * @param name VM name (becomes the domain name)
 * @param memoryMib memory in MiB
 * @param vcpus virtual CPUs
 * @param nics NICs in guest order
 */
public record VmDescription(UUID id, String name, long memoryMib, int vcpus, List<VmNicDescription> nics) {

    public VmDescription {
        Objects.requireNonNull(id, "vm id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("VM name must not be blank");
        }
        if (memoryMib <= 0 || vcpus <= 0) {
            throw new IllegalArgumentException("VM memory and vCPUs must be positive");
        }
        nics = List.copyOf(nics);
    }

    /** The NIC with the given id. */
    public VmNicDescription nic(UUID nicId) {
        return nics.stream().filter(n -> n.id().equals(nicId)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("VM " + name + " has no NIC " + nicId));
    }
}
