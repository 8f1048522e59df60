package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <network>}. Beyond the oVirt elements it carries {@code external} (a provider network) and
 * {@code bridge_name} (the Linux bridge a failover twin attaches to on every host).
 */
@XmlRootElement(name = "network")
public class Network extends BaseResource {

    @XmlElement(name = "data_center")
    public Ref dataCenter;

    public Vlan vlan;

    public String mtu;

    public Usages usages;

    public String external;

    @XmlElement(name = "bridge_name")
    public String bridgeName;

    @XmlElement(name = "profile_required")
    public String profileRequired;
}
