package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <network_attachment>}: a network a host carries, with the Linux bridge that carries it when it has
 * one (the bridge a failover twin attaches to).
 */
@XmlRootElement(name = "network_attachment")
public class NetworkAttachment extends BaseResource {

    public Ref network;

    public Ref host;

    @XmlElement(name = "bridge_name")
    public String bridgeName;
}
