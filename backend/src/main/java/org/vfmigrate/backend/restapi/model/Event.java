package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <event>}: one audit log entry as oVirt shows it: a numeric code for its type, the rendered text as
 * description, severity, time, correlation id and the objects it concerns.
 */
@XmlRootElement(name = "event")
public class Event extends BaseResource {

    public String code;

    public String severity;

    public String time;

    @XmlElement(name = "correlation_id")
    public String correlationId;

    public String origin;

    public EventUser user;

    @XmlElement(name = "data_center")
    public Ref dataCenter;

    public Ref cluster;

    public Ref host;

    public Ref vm;
}
