package org.vfmigrate.vdsbroker.host;

import java.util.function.Consumer;

/** Subscription to a host's events. Listeners must not block; they run on the driver's event thread. */
public interface HostEvents {

    /** Registers a listener until the returned subscription is closed. */
    Subscription subscribe(Consumer<HostEvent> listener);

    /** An active subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
