package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code <interface type='bridge|hostdev|…'>}: one guest NIC. The child elements we write are typed;
 * anything else libvirt reports (target, rom, coalesce…) is kept in {@link #getOtherElements()}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"mac", "source", "vlan", "model", "driver", "link", "mtu", "boot", "teaming", "alias",
    "address", "otherElements"})
public class DomainInterface extends XmlExtensible {

    @XmlAttribute(name = "type")
    private DomainInterfaceType type;

    @XmlAttribute(name = "managed")
    private YesNo managed;

    @XmlElement(name = "mac")
    private DomainInterfaceMAC mac;

    @XmlElement(name = "source")
    private DomainInterfaceSource source;

    @XmlElement(name = "vlan")
    private DomainInterfaceVLAN vlan;

    @XmlElement(name = "model")
    private DomainInterfaceModel model;

    @XmlElement(name = "driver")
    private DomainInterfaceDriver driver;

    @XmlElement(name = "link")
    private DomainInterfaceLink link;

    @XmlElement(name = "mtu")
    private DomainInterfaceMTU mtu;

    @XmlElement(name = "boot")
    private DomainDeviceBoot boot;

    @XmlElement(name = "teaming")
    private DomainInterfaceTeaming teaming;

    @XmlElement(name = "alias")
    private DomainAlias alias;

    @XmlElement(name = "address")
    private DomainAddress address;

    public DomainInterface() {
    }

    public DomainInterface(DomainInterfaceType type) {
        this.type = type;
    }

    public DomainInterfaceType getType() {
        return type;
    }

    public YesNo getManaged() {
        return managed;
    }

    public DomainInterface setManaged(YesNo managed) {
        this.managed = managed;
        return this;
    }

    public DomainInterfaceMAC getMac() {
        return mac;
    }

    /** The MAC address in lower case, or null. */
    public String macAddress() {
        return mac == null || mac.getAddress() == null ? null : mac.getAddress().toLowerCase(java.util.Locale.ROOT);
    }

    public DomainInterface setMac(DomainInterfaceMAC mac) {
        this.mac = mac;
        return this;
    }

    public DomainInterfaceSource getSource() {
        return source;
    }

    public DomainInterface setSource(DomainInterfaceSource source) {
        this.source = source;
        return this;
    }

    public DomainInterfaceVLAN getVlan() {
        return vlan;
    }

    public DomainInterface setVlan(DomainInterfaceVLAN vlan) {
        this.vlan = vlan;
        return this;
    }

    public DomainInterfaceModel getModel() {
        return model;
    }

    public DomainInterface setModel(DomainInterfaceModel model) {
        this.model = model;
        return this;
    }

    public DomainInterfaceDriver getDriver() {
        return driver;
    }

    public DomainInterface setDriver(DomainInterfaceDriver driver) {
        this.driver = driver;
        return this;
    }

    public DomainInterfaceLink getLink() {
        return link;
    }

    public DomainInterface setLink(DomainInterfaceLink link) {
        this.link = link;
        return this;
    }

    public DomainInterfaceMTU getMtu() {
        return mtu;
    }

    public DomainInterface setMtu(DomainInterfaceMTU mtu) {
        this.mtu = mtu;
        return this;
    }

    public DomainDeviceBoot getBoot() {
        return boot;
    }

    public DomainInterface setBoot(DomainDeviceBoot boot) {
        this.boot = boot;
        return this;
    }

    public DomainInterfaceTeaming getTeaming() {
        return teaming;
    }

    public DomainInterface setTeaming(DomainInterfaceTeaming teaming) {
        this.teaming = teaming;
        return this;
    }

    public DomainAlias getAlias() {
        return alias;
    }

    /** The alias name, or null. */
    public String aliasName() {
        return alias == null ? null : alias.getName();
    }

    public DomainInterface setAlias(DomainAlias alias) {
        this.alias = alias;
        return this;
    }

    public DomainAddress getAddress() {
        return address;
    }

    public DomainInterface setAddress(DomainAddress address) {
        this.address = address;
        return this;
    }

    /** Whether this is the teaming-transient (VF primary) member of a failover pair. */
    public boolean isTeamingTransient() {
        return teaming != null && teaming.getType() == DomainInterfaceTeaming.Type.TRANSIENT;
    }

    /** Whether this is the teaming-persistent (virtio standby) member of a failover pair. */
    public boolean isTeamingPersistent() {
        return teaming != null && teaming.getType() == DomainInterfaceTeaming.Type.PERSISTENT;
    }
}
