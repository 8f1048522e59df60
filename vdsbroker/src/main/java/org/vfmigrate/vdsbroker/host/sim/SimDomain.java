package org.vfmigrate.vdsbroker.host.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.vfmigrate.vdsbroker.xml.model.Domain;

/** One domain on a simulated host: its persistent definition, its live XML while running, pending work. */
final class SimDomain {

    /** Run states. */
    enum State { SHUTOFF, RUNNING, PAUSED }

    /** An unplug the guest has not acknowledged yet; {@code acknowledging} once the guest is going to. */
    static final class PendingUnplug {
        final CompletableFuture<Void> removed = new CompletableFuture<>();
        SimScheduler.Cancellable ack = () -> { };
        boolean acknowledging;
    }

    final String name;
    Domain definition;
    Domain live;
    State state = State.SHUTOFF;
    int runtimeId;
    final Map<String, PendingUnplug> pendingUnplugs = new HashMap<>();
    SimMigration migration;

    SimDomain(String name, Domain definition) {
        this.name = name;
        this.definition = definition;
    }

    boolean active() {
        return state != State.SHUTOFF;
    }
}
