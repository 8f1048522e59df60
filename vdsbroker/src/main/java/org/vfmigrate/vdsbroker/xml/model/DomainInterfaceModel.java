package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/**
 * {@code <model type='virtio'/>}. The model name is hypervisor-specific and open-ended (e1000e, rtl8139,
 * virtio-transitional…), so it is a string, as in libvirt-go-xml.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainInterfaceModel {

    /** The paravirtual model that a teaming-persistent interface must use. */
    public static final String VIRTIO = "virtio";

    @XmlAttribute(name = "type")
    private String type;

    public DomainInterfaceModel() {
    }

    public DomainInterfaceModel(String type) {
        this.type = type;
    }

    public String getType() {
        return type;
    }

    /** Whether this is one of libvirt's virtio-net models. */
    public boolean isVirtio() {
        return type != null && type.startsWith(VIRTIO);
    }
}
