package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <nic>} of a VM. Beyond oVirt, a VF NIC with failover shows its derived virtio twin as a read-only
 * {@code <failover_device>} (alias and plugged state on the host); the twin is never a NIC of its own, and input
 * ignores the element.
 */
@XmlRootElement(name = "nic")
public class Nic extends BaseResource {

    @XmlElement(name = "interface")
    public String interfaceType;

    public Mac mac;

    public String plugged;

    public String linked;

    @XmlElement(name = "vnic_profile")
    public Ref vnicProfile;

    public Ref vm;

    @XmlElement(name = "failover_device")
    public FailoverDevice failoverDevice;
}
