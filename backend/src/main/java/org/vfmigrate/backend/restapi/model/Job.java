package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <job>}: a long-running piece of work as oVirt shows it: description, status (started, finished, failed,
 * aborted), start and end time, the user who started it, and a link to its steps.
 */
@XmlRootElement(name = "job")
public class Job extends BaseResource {

    public String status;

    @XmlElement(name = "start_time")
    public String startTime;

    @XmlElement(name = "end_time")
    public String endTime;

    public String external;

    public JobOwner owner;

    @XmlElement(name = "link")
    public List<Link> links = new ArrayList<>();
}
