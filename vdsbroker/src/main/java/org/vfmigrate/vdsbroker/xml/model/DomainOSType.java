package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <os><type arch='x86_64' machine='q35'>hvm</type></os>}. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainOSType {

    @XmlAttribute(name = "arch")
    private String arch;

    @XmlAttribute(name = "machine")
    private String machine;

    @XmlValue
    private String type;

    public DomainOSType() {
    }

    public DomainOSType(String arch, String machine, String type) {
        this.arch = arch;
        this.machine = machine;
        this.type = type;
    }

    public String getArch() {
        return arch;
    }

    public String getMachine() {
        return machine;
    }

    public String getType() {
        return type;
    }
}
