package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <host_devices>}: a collection of {@code <host_device>}. */
@XmlRootElement(name = "host_devices")
public class HostDevices {

    @XmlElement(name = "host_device")
    public List<HostDevice> items = new ArrayList<>();

    public HostDevices() {
    }

    public HostDevices(List<HostDevice> items) {
        this.items = items;
    }
}
