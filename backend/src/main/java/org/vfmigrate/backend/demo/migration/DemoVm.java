package org.vfmigrate.backend.demo.migration;

/** One VM of the demo: its name and id, and whether its VF NIC has a failover twin. */
record DemoVm(String name, String id, boolean failover) {

    /** What the reader is told about its NIC. */
    String nic() {
        return failover ? "VF NIC with failover" : "VF NIC without failover";
    }

    /** The same, for a table column. */
    String nicShort() {
        return failover ? "VF + failover" : "VF, no failover";
    }
}
