package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;

/** {@code <memory unit='KiB'>N</memory>}: the guest's maximum memory at boot. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainMemory {

    @XmlAttribute(name = "unit")
    private DomainMemoryUnit unit;

    @XmlValue
    private long value;

    public DomainMemory() {
    }

    public DomainMemory(long value, DomainMemoryUnit unit) {
        this.value = value;
        this.unit = unit;
    }

    public DomainMemoryUnit getUnit() {
        return unit;
    }

    public long getValue() {
        return value;
    }

    /** The size in KiB, whatever unit it was written in. */
    public long toKib() {
        DomainMemoryUnit u = unit == null ? DomainMemoryUnit.KIB : unit;
        return switch (u) {
            case B, BYTES -> value / 1024;
            case KB -> value * 1000 / 1024;
            case K, KIB -> value;
            case MB -> value * 1_000_000 / 1024;
            case M, MIB -> value * 1024;
            case GB -> value * 1_000_000_000 / 1024;
            case G, GIB -> value * 1024 * 1024;
            case TB -> value * 1_000_000_000_000L / 1024;
            case T, TIB -> value * 1024 * 1024 * 1024;
        };
    }
}
