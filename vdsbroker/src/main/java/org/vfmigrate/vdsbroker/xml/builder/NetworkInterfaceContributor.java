package org.vfmigrate.vdsbroker.xml.builder;

import java.util.List;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * Network interfaces of every plugged NIC, in guest order: bridged virtio, plain VF, or a failover pair
 * with the virtio twin written right after its VF.
 */
final class NetworkInterfaceContributor implements DomainContributor {

    @Override
    public void contribute(VmDescription vm, Domain domain) {
        List<DomainInterface> out = domain.getDevices().getInterfaces();
        for (VmNicDescription nic : vm.nics()) {
            if (!nic.plugged()) {
                continue;
            }
            if (nic.hasFailover()) {
                FailoverPair pair = InterfaceFactory.failoverPair(nic);
                out.add(pair.vf());
                out.add(pair.twin());
            } else if (nic.passthrough()) {
                out.add(InterfaceFactory.vf(nic));
            } else {
                out.add(InterfaceFactory.bridged(nic));
            }
        }
    }
}
