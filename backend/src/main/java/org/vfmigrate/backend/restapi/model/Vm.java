package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <vm>}: cluster, memory in bytes, CPU topology (the VM's vCPUs are its product), guest OS type, status,
 * the host it runs on while running, and a link to its NICs.
 */
@XmlRootElement(name = "vm")
public class Vm extends BaseResource {

    public Ref cluster;

    public Ref host;

    public String status;

    public String memory;

    public Cpu cpu;

    public OperatingSystem os;

    /** Beyond the oVirt API: the VM's own migration policy, overriding its cluster's; empty means the cluster's. */
    @XmlElement(name = "migration_policy")
    public String migrationPolicy;

    @XmlElement(name = "link")
    public List<Link> links = new ArrayList<>();
}
