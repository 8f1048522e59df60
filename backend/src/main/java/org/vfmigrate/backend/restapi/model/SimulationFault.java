package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;

/** One injected fault of a {@link Simulation}: operation, vm, kind, times, delay_ms, message. */
public class SimulationFault {

    public String operation;

    public String vm;

    public String kind;

    public String times;

    @XmlElement(name = "delay_ms")
    public String delayMs;

    public String message;
}
