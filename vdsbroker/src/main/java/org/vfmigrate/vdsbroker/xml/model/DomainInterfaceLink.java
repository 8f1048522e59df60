package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlEnumValue;

/** {@code <link state='up'/>}: the virtual link state seen by the guest. */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceLink {

    /** Link states. */
    @XmlEnum
    public enum State {
        @XmlEnumValue("up") UP,
        @XmlEnumValue("down") DOWN
    }

    @XmlAttribute(name = "state")
    private State state;

    public DomainInterfaceLink() {
    }

    public DomainInterfaceLink(State state) {
        this.state = state;
    }

    public State getState() {
        return state;
    }
}
