package org.vfmigrate.vdsbroker.host;

import java.util.concurrent.CompletableFuture;

/** Live migration of a domain to another host, with cancellation; progress arrives as {@link HostEvent}s. */
public interface DomainMigration {

    /**
     * Starts migrating; the future completes when the domain runs on the destination, or fails with a
     * {@link HostOperationException} (ABORTED when cancelled).
     */
    CompletableFuture<MigrationResult> migrate(String vmName, MigrationRequest request);

    /**
     * Changes the stop-and-copy downtime the running migration job of the domain may take (libvirt's
     * {@code virDomainMigrateSetMaxDowntime}); a job that could not converge under the old limit may then
     * switch over.
     */
    void setMaxDowntime(String vmName, java.time.Duration maxDowntime);

    /** Cancels the running migration job of the domain. */
    void cancelMigration(String vmName);
}
