package org.vfmigrate.vdsbroker.xml.builder;

import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainMemory;
import org.vfmigrate.vdsbroker.xml.model.DomainMemoryUnit;
import org.vfmigrate.vdsbroker.xml.model.DomainOS;
import org.vfmigrate.vdsbroker.xml.model.DomainOSType;
import org.vfmigrate.vdsbroker.xml.model.DomainType;
import org.vfmigrate.vdsbroker.xml.model.DomainVCPU;

/** Identity and sizing: domain type, name, UUID, memory, vCPUs and the q35 machine (needed for PCIe hotplug). */
final class GeneralContributor implements DomainContributor {

    private final DomainType type;

    GeneralContributor(DomainType type) {
        this.type = type;
    }

    @Override
    public void contribute(VmDescription vm, Domain domain) {
        domain.setType(type)
            .setName(vm.name())
            .setUuid(vm.id().toString())
            .setMemory(new DomainMemory(vm.memoryMib(), DomainMemoryUnit.MIB))
            .setVcpu(new DomainVCPU(vm.vcpus()))
            .setOs(new DomainOS().setType(new DomainOSType("x86_64", "q35", "hvm")));
    }
}
