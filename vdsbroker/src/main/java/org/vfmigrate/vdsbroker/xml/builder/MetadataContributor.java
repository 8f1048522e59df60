package org.vfmigrate.vdsbroker.xml.builder;

import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainMetadata;
import org.vfmigrate.vdsbroker.xml.model.metadata.VfmigrateMetadata;

/** Our metadata element: VM id and, per plugged NIC, the aliases its devices carry. */
final class MetadataContributor implements DomainContributor {

    @Override
    public void contribute(VmDescription vm, Domain domain) {
        VfmigrateMetadata meta = new VfmigrateMetadata(vm.id().toString());
        for (VmNicDescription nic : vm.nics()) {
            if (nic.plugged()) {
                String twin = nic.hasFailover() ? NicAliases.failoverTwin(nic.id()) : null;
                meta.getNics().add(new VfmigrateMetadata.Nic(nic.id().toString(), NicAliases.primary(nic.id()), twin));
            }
        }
        DomainMetadata metadata = new DomainMetadata();
        metadata.getContent().add(meta);
        domain.setMetadata(metadata);
    }
}
