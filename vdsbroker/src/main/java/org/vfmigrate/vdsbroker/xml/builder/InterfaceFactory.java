package org.vfmigrate.vdsbroker.xml.builder;

import org.vfmigrate.vdsbroker.vm.NetworkDescription;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.model.DomainAlias;
import org.vfmigrate.vdsbroker.xml.model.DomainDeviceBoot;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceDriver;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceLink;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceMAC;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceMTU;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceModel;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceSource;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceTeaming;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceVLAN;
import org.vfmigrate.vdsbroker.xml.model.YesNo;

/**
 * Builds single {@code <interface>} elements: a bridged virtio NIC, a VF NIC, and — in
 * {@link #failoverPair} — the two halves of a failover pair in one place so that they cannot drift.
 */
public final class InterfaceFactory {

    private InterfaceFactory() {
    }

    /** A bridged virtio NIC on its profile's network bridge. */
    public static DomainInterface bridged(VmNicDescription nic) {
        return virtio(nic, nic.profile().network(), NicAliases.primary(nic.id()));
    }

    /** A VF NIC without failover (legacy passthrough). */
    public static DomainInterface vf(VmNicDescription nic) {
        if (nic.vf() == null) {
            throw new IllegalArgumentException("Passthrough NIC " + nic.name() + " has no VF assigned");
        }
        NetworkDescription net = nic.profile().network();
        DomainInterface vf = new DomainInterface(DomainInterfaceType.HOSTDEV)
            .setManaged(YesNo.NO)
            .setMac(new DomainInterfaceMAC(nic.mac().value()))
            .setSource(DomainInterfaceSource.hostdev(nic.vf()))
            .setDriver(new DomainInterfaceDriver(DomainInterfaceDriver.Name.VFIO))
            .setAlias(new DomainAlias(NicAliases.primary(nic.id())));
        if (net.vlanId() != null) {
            vf.setVlan(DomainInterfaceVLAN.access(net.vlanId()));
        }
        if (nic.bootOrder() != null) {
            vf.setBoot(new DomainDeviceBoot(nic.bootOrder()));
        }
        return vf;
    }

    /**
     * The failover pair of a VF NIC: the VF, teaming-transient and naming its twin, and the virtio twin on
     * the failover profile's network bridge, teaming-persistent. Same MAC on both, distinct aliases
     * derived from the NIC id.
     */
    public static FailoverPair failoverPair(VmNicDescription nic) {
        if (!nic.hasFailover()) {
            throw new IllegalArgumentException("NIC " + nic.name() + " has no failover profile");
        }
        String twinAlias = NicAliases.failoverTwin(nic.id());
        DomainInterface twin = virtio(nic, nic.profile().failover().network(), twinAlias)
            .setBoot(null)
            .setTeaming(DomainInterfaceTeaming.persistent());
        DomainInterface primary = vf(nic).setTeaming(DomainInterfaceTeaming.transientOf(twinAlias));
        return new FailoverPair(primary, twin);
    }

    private static DomainInterface virtio(VmNicDescription nic, NetworkDescription net, String alias) {
        DomainInterface iface = new DomainInterface(DomainInterfaceType.BRIDGE)
            .setMac(new DomainInterfaceMAC(nic.mac().value()))
            .setSource(DomainInterfaceSource.bridge(net.bridge()))
            .setModel(new DomainInterfaceModel(DomainInterfaceModel.VIRTIO))
            .setLink(new DomainInterfaceLink(nic.linked() ? DomainInterfaceLink.State.UP : DomainInterfaceLink.State.DOWN))
            .setAlias(new DomainAlias(alias));
        if (net.mtu() != null) {
            iface.setMtu(new DomainInterfaceMTU(net.mtu()));
        }
        if (nic.bootOrder() != null) {
            iface.setBoot(new DomainDeviceBoot(nic.bootOrder()));
        }
        return iface;
    }
}
