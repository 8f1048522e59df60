package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <migration>} (beyond the oVirt API, read-only): one live migration of a VM with its phase and measured
 * timings — VF unplug, migration, stop-and-copy downtime, degraded window (no VF) and outage (no path).
 */
@XmlRootElement(name = "migration")
public class Migration {

    @XmlAttribute
    public String id;

    @XmlAttribute
    public String href;

    public Ref vm;

    @XmlElement(name = "source_host")
    public Ref sourceHost;

    @XmlElement(name = "destination_host")
    public Ref destinationHost;

    public String mode;

    public String phase;

    public String policy;

    @XmlElement(name = "start_time")
    public String startTime;

    @XmlElement(name = "end_time")
    public String endTime;

    @XmlElement(name = "unplug_ms")
    public String unplugMs;

    @XmlElement(name = "migration_ms")
    public String migrationMs;

    @XmlElement(name = "downtime_ms")
    public String downtimeMs;

    @XmlElement(name = "degraded_ms")
    public String degradedMs;

    @XmlElement(name = "outage_ms")
    public String outageMs;

    public String failure;
}
