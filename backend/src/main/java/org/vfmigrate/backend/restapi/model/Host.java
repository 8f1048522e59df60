package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <host>}: address, cluster, status, memory in bytes (as oVirt counts it), the number of outgoing
 * migrations it runs at a time, and links to its devices and network attachments.
 */
@XmlRootElement(name = "host")
public class Host extends BaseResource {

    public String address;

    public Ref cluster;

    public String status;

    /** Why the activation that came with an add failed; only in the add's answer. */
    @XmlElement(name = "status_detail")
    public String statusDetail;

    public String memory;

    @XmlElement(name = "max_parallel_migrations")
    public String maxParallelMigrations;

    @XmlElement(name = "link")
    public List<Link> links = new ArrayList<>();
}
