package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <host_device>}: an SR-IOV PCI function, named as libvirt names node devices ({@code pci_0000_3b_02_0}).
 * A PF has {@code virtual_functions} (its VF count) and {@code networks} (those it serves); a VF has its
 * {@code physical_function} and, when held, the {@code vm}. Beyond oVirt, read-only: {@code reservation}
 * (free, reserved, attached), the holding {@code nic} and the {@code pci_address}.
 */
@XmlRootElement(name = "host_device")
public class HostDevice extends BaseResource {

    public String capability;

    public Ref host;

    @XmlElement(name = "physical_function")
    public Ref physicalFunction;

    @XmlElement(name = "virtual_functions")
    public String virtualFunctions;

    public Networks networks;

    public Ref vm;

    public Ref nic;

    public String reservation;

    @XmlElement(name = "pci_address")
    public String pciAddress;

    public String netdev;
}
