package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <step>}: one numbered step of a job: its oVirt type ({@code executing}), status, progress from 0 to 100,
 * start and end time, and the job it belongs to.
 */
@XmlRootElement(name = "step")
public class Step extends BaseResource {

    public String type;

    /** Beyond the oVirt API: what the step does ({@code unplugging_vfs}, {@code migrating}, {@code plugging_vfs}). */
    public String kind;

    public String number;

    public String status;

    public String progress;

    @XmlElement(name = "start_time")
    public String startTime;

    @XmlElement(name = "end_time")
    public String endTime;

    public String external;

    public Ref job;
}
