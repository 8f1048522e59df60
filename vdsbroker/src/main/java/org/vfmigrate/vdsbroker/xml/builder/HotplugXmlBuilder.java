package org.vfmigrate.vdsbroker.xml.builder;

import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.DomainXmlException;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * Device documents for hot-plug and hot-unplug of one interface. Plug documents come from the same
 * {@link InterfaceFactory} as start-time XML; unplug documents are cut from the host's live XML by alias,
 * because libvirt matches the device to detach against what it actually has.
 */
public final class HotplugXmlBuilder {

    private final DomainXmlCodec codec = DomainXmlCodec.get();

    /** The NIC's own device: its VF (with teaming when it has a failover profile) or its bridged virtio. */
    public String primaryXml(VmNicDescription nic) {
        DomainInterface iface;
        if (nic.hasFailover()) {
            iface = InterfaceFactory.failoverPair(nic).vf();
        } else if (nic.passthrough()) {
            iface = InterfaceFactory.vf(nic);
        } else {
            iface = InterfaceFactory.bridged(nic);
        }
        return codec.write(iface);
    }

    /** The virtio failover twin of a VF NIC. */
    public String failoverTwinXml(VmNicDescription nic) {
        return codec.write(InterfaceFactory.failoverPair(nic).twin());
    }

    /** The detach document for the interface with {@code alias} in a live domain. */
    public String unplugXml(Domain live, String alias) {
        DomainInterface iface = live.interfaceByAlias(alias)
            .orElseThrow(() -> new DomainXmlException("Domain " + live.getName() + " has no interface with alias "
                + alias));
        return codec.write(iface);
    }
}
