package org.vfmigrate.vdsbroker.xml.builder;

import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.model.Domain;

/** One step of domain XML construction, owning one device family or one part of the domain. */
@FunctionalInterface
public interface DomainContributor {

    /** Adds this contributor's part of {@code vm} to {@code domain}. */
    void contribute(VmDescription vm, Domain domain);
}
