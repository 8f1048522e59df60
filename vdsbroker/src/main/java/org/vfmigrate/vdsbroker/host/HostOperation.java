package org.vfmigrate.vdsbroker.host;

/** Host operations, as named in errors and fault injection. */
public enum HostOperation {
    CONNECT("connect to"),
    DEFINE("define"),
    START("start"),
    DESTROY("destroy"),
    UNDEFINE("undefine"),
    HOT_PLUG("hot-plug an interface into"),
    HOT_UNPLUG("hot-unplug an interface from"),
    MIGRATE("migrate"),
    CANCEL_MIGRATION("cancel the migration of"),
    SET_MAX_DOWNTIME("change the allowed downtime of the migration of"),
    LIVE_XML("read the live XML of"),
    PCI_INVENTORY("read the PCI inventory of"),
    EVENTS("subscribe to events of");

    private final String verb;

    HostOperation(String verb) {
        this.verb = verb;
    }

    /** The verb phrase used in messages ("hot-plug an interface into"). */
    public String verb() {
        return verb;
    }
}
