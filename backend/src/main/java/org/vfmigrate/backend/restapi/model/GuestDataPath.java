package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <data_path>} (not oVirt, read-only): which guest NIC carried each of a VM's MACs over time, as the
 * simulated hosts recorded it — the guest's side of a migration, to compare with the engine's own timings. Times
 * are ISO instants; {@code end_time} is when the record was read (the last path lasts until then). In JSON the
 * changes are a plain array ({@code "changes": [...]}).
 */
@XmlRootElement(name = "data_path")
public class GuestDataPath {

    public Ref vm;

    @XmlElement(name = "end_time")
    public String endTime;

    @XmlElement(name = "outage_ms")
    public String outageMs;

    @XmlElement(name = "degraded_ms")
    public String degradedMs;

    @XmlElementWrapper(name = "changes")
    @XmlElement(name = "change")
    public List<GuestDataPathChange> changes = new ArrayList<>();
}
