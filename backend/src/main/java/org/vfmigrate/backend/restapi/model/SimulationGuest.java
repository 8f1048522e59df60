package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * What one simulated guest can do, in a {@link Simulation}: vm, net_failover, hotplug, and the stop-and-copy
 * downtime its memory dirty rate needs to converge (convergence_downtime_ms).
 */
public class SimulationGuest {

    public String vm;

    @XmlElement(name = "net_failover")
    public String netFailover;

    public String hotplug;

    @XmlElement(name = "convergence_downtime_ms")
    public String convergenceDowntimeMs;
}
