package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <simulation>} (not oVirt): the behaviour settings of a simulated host, with the simulator's own
 * snake_case keys, so what a GET answers can be sent back with PUT. In JSON the lists are plain arrays
 * ({@code "faults": [...]}), as the simulator's settings files write them.
 */
@XmlRootElement(name = "simulation")
public class Simulation {

    @XmlElement(name = "unplug_ack_ms")
    public String unplugAckMs;

    @XmlElement(name = "migration_bandwidth_mibps")
    public String migrationBandwidthMibps;

    @XmlElement(name = "stop_copy_downtime_ms")
    public String stopCopyDowntimeMs;

    @XmlElementWrapper(name = "faults")
    @XmlElement(name = "fault")
    public List<SimulationFault> faults = new ArrayList<>();

    @XmlElementWrapper(name = "guests")
    @XmlElement(name = "guest")
    public List<SimulationGuest> guests = new ArrayList<>();
}
