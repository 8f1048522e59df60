package org.vfmigrate.vdsbroker.host.sim;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Wall-clock scheduler on one daemon thread, so simulated host work is serialised and ordered. */
public final class RealTimeScheduler implements SimScheduler, AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sim-host-scheduler");
        t.setDaemon(true);
        return t;
    });
    private final long origin = System.nanoTime();

    @Override
    public long nowMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - origin);
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        if (delayMillis <= 0) {
            executor.execute(task);
            return () -> { };
        }
        ScheduledFuture<?> f = executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
