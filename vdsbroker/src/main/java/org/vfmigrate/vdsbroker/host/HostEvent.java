package org.vfmigrate.vdsbroker.host;

import java.time.Duration;

/** Something a host reports asynchronously. Every event names its host (driver address) and domain. */
public sealed interface HostEvent {

    String host();

    String vmName();

    /** Domain lifecycle states reported by events. */
    enum Lifecycle { DEFINED, UNDEFINED, STARTED, SUSPENDED, RESUMED, STOPPED, SHUTDOWN, CRASHED, OTHER }

    /** A domain changed lifecycle state. */
    record LifecycleChanged(String host, String vmName, Lifecycle state, String detail) implements HostEvent {
    }

    /** The guest released a device; it is gone from the live XML. */
    record DeviceRemoved(String host, String vmName, String alias) implements HostEvent {
    }

    /** A device was added to the running domain. */
    record DeviceAdded(String host, String vmName, String alias) implements HostEvent {
    }

    /** Migration progress, 0–100. */
    record MigrationProgress(String host, String vmName, int percent) implements HostEvent {
    }

    /** The domain now runs on the destination. Reported by the source host. */
    record MigrationCompleted(String host, String vmName, String destination, Duration downtime)
        implements HostEvent {
    }

    /** The migration failed or was cancelled; the domain still runs on the source. */
    record MigrationFailed(String host, String vmName, String reason) implements HostEvent {
    }
}
