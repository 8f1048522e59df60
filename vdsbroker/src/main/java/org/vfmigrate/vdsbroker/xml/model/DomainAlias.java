package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/**
 * {@code <alias name='…'/>}. libvirt keeps user-supplied aliases only when they start with {@code ua-};
 * any other alias in an inactive definition is silently dropped (and a teaming link naming it dangles).
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainAlias {

    /** The prefix libvirt requires on user aliases. */
    public static final String USER_PREFIX = "ua-";

    @XmlAttribute(name = "name")
    private String name;

    public DomainAlias() {
    }

    public DomainAlias(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** Whether libvirt would keep this alias in a definition. */
    public boolean isUserAlias() {
        return name != null && name.startsWith(USER_PREFIX);
    }
}
