package org.vfmigrate.vdsbroker.host.sim;

/**
 * Time source and timer for simulated hosts. Real time for the demo and benchmarks
 * ({@link RealTimeScheduler}), virtual time for deterministic tests that never sleep
 * ({@link VirtualTimeScheduler}).
 */
public interface SimScheduler {

    /** Current time in milliseconds on this scheduler's clock. */
    long nowMillis();

    /** Runs {@code task} after {@code delayMillis} (0: as soon as possible, never inline). */
    Cancellable schedule(long delayMillis, Runnable task);

    /** A scheduled task that may be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
