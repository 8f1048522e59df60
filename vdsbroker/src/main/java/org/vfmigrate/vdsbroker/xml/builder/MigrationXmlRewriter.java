package org.vfmigrate.vdsbroker.xml.builder;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vfmigrate.vdsbroker.vm.PciAddress;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.DomainXmlException;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceSource;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * Destination XML for the hypervisor-managed migration mode: a pure function of the source's live XML and
 * the VFs reserved on the destination (by VF interface alias). Every hostdev interface must get a
 * destination VF; everything else is copied unchanged, including unknown content. The runtime
 * {@code id} is dropped as in libvirt's migratable XML.
 */
public final class MigrationXmlRewriter {

    private final DomainXmlCodec codec = DomainXmlCodec.get();

    /** Rewrites {@code sourceLiveXml} so that each VF interface names its destination VF. */
    public String rewrite(String sourceLiveXml, Map<String, PciAddress> destinationVfByAlias) {
        Domain domain = codec.parseDomain(sourceLiveXml);
        domain.setId(null);
        Set<String> unused = new HashSet<>(destinationVfByAlias.keySet());
        for (DomainInterface iface : domain.getDevices().getInterfaces()) {
            if (iface.getType() != DomainInterfaceType.HOSTDEV) {
                continue;
            }
            String alias = iface.aliasName();
            PciAddress vf = alias == null ? null : destinationVfByAlias.get(alias);
            if (vf == null) {
                throw new DomainXmlException("No destination VF given for VF interface " + alias + " of "
                    + domain.getName());
            }
            unused.remove(alias);
            DomainInterfaceSource source = DomainInterfaceSource.hostdev(vf);
            if (iface.getSource() != null) {
                iface.getSource().setAddress(source.getAddress());
            } else {
                iface.setSource(source);
            }
        }
        if (!unused.isEmpty()) {
            throw new DomainXmlException("Domain " + domain.getName() + " has no VF interface with alias(es) "
                + unused);
        }
        return codec.write(domain);
    }
}
