package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyAttribute;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * Base of every element type that may carry content we do not model. Parsing a host's live XML keeps
 * unknown child elements and attributes here, so that a read–modify–write round trip loses nothing
 * (libvirt adds elements such as {@code <target>} or {@code <rom>} that we never touch).
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class XmlExtensible {

    @XmlAnyElement
    private List<Element> otherElements;

    @XmlAnyAttribute
    private Map<QName, String> otherAttributes;

    /** Unknown child elements, in document order (live list, never null). */
    public List<Element> getOtherElements() {
        if (otherElements == null) {
            otherElements = new ArrayList<>();
        }
        return otherElements;
    }

    /** Unknown attributes (live map, never null). */
    public Map<QName, String> getOtherAttributes() {
        if (otherAttributes == null) {
            otherAttributes = new LinkedHashMap<>();
        }
        return otherAttributes;
    }
}
