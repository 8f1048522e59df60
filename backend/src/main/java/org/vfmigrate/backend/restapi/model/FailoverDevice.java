package org.vfmigrate.backend.restapi.model;

/** {@code <failover_device><alias>ua-fo-…</alias><plugged>true</plugged></failover_device>}, read-only. */
public class FailoverDevice {

    public String alias;

    public String plugged;

    public FailoverDevice() {
    }

    public FailoverDevice(String alias, String plugged) {
        this.alias = alias;
        this.plugged = plugged;
    }
}
