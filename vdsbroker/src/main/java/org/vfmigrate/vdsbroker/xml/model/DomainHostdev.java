package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/**
 * {@code <hostdev mode='subsystem' type='pci'>}: a plain assigned host device (no network configuration).
 * We write VFs as {@code <interface type='hostdev'>} instead, but read these from live XML because they
 * also hold VFs and block migration.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainHostdev extends XmlExtensible {

    /** Hostdev modes. */
    @XmlEnum
    public enum Mode {
        @XmlEnumValue("subsystem") SUBSYSTEM,
        @XmlEnumValue("capabilities") CAPABILITIES
    }

    /** Subsystem types. */
    @XmlEnum
    @jakarta.xml.bind.annotation.XmlType(name = "hostdevType")
    public enum Type {
        @XmlEnumValue("pci") PCI,
        @XmlEnumValue("usb") USB,
        @XmlEnumValue("scsi") SCSI,
        @XmlEnumValue("scsi_host") SCSI_HOST,
        @XmlEnumValue("mdev") MDEV
    }

    @XmlAttribute(name = "mode")
    private Mode mode;

    @XmlAttribute(name = "type")
    private Type type;

    @XmlAttribute(name = "managed")
    private YesNo managed;

    @XmlElement(name = "driver")
    private DomainInterfaceDriver driver;

    @XmlElement(name = "source")
    private DomainInterfaceSource source;

    @XmlElement(name = "teaming")
    private DomainInterfaceTeaming teaming;

    @XmlElement(name = "alias")
    private DomainAlias alias;

    @XmlElement(name = "address")
    private DomainAddress address;

    public Mode getMode() {
        return mode;
    }

    public Type getType() {
        return type;
    }

    public YesNo getManaged() {
        return managed;
    }

    public DomainInterfaceDriver getDriver() {
        return driver;
    }

    public DomainInterfaceSource getSource() {
        return source;
    }

    public DomainInterfaceTeaming getTeaming() {
        return teaming;
    }

    public DomainAlias getAlias() {
        return alias;
    }

    public DomainAddress getAddress() {
        return address;
    }
}
