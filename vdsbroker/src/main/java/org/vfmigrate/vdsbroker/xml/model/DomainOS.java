package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <os>}: the boot type ({@code <type>}) and the optional BIOS boot order ({@code <boot dev>}). */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainOS extends XmlExtensible {

    @XmlElement(name = "type")
    private DomainOSType type;

    @XmlElement(name = "boot")
    private List<DomainBootDevice> bootDevices;

    public DomainOSType getType() {
        return type;
    }

    public DomainOS setType(DomainOSType type) {
        this.type = type;
        return this;
    }

    public List<DomainBootDevice> getBootDevices() {
        if (bootDevices == null) {
            bootDevices = new ArrayList<>();
        }
        return bootDevices;
    }
}
