package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** What one simulated guest can do, in a {@link Simulation}: vm, net_failover, hotplug. */
public class SimulationGuest {

    public String vm;

    @XmlElement(name = "net_failover")
    public String netFailover;

    public String hotplug;
}
