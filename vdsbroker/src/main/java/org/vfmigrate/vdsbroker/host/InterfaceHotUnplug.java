package org.vfmigrate.vdsbroker.host;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Hot-unplugs one interface by alias. A detach request only asks the guest; the device is gone when the
 * guest has released it (libvirt's DEVICE_REMOVED event, or the alias vanishing from the live XML), so
 * completion is asynchronous and bounded by a timeout.
 */
public interface InterfaceHotUnplug {

    /**
     * Requests removal of the interface with {@code alias}; completes when the device is gone, or fails with
     * {@link HostOperationException.Reason#TIMEOUT} after {@code timeout} (the request may still complete
     * later on the host).
     */
    CompletableFuture<Void> unplugInterface(String vmName, String alias, Duration timeout);
}
