package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A set of simulated hosts sharing one clock, one lock and one data-path recorder: hosts of one
 * environment can migrate to each other (addressed by {@code sim://<name>}) and a migrated VM keeps one
 * timeline. All host state changes run under the environment lock; event delivery and future completion
 * are deferred until the lock is released, so listeners may call back into the hosts.
 */
public final class SimEnvironment implements AutoCloseable {

    private final Object lock = new Object();
    private final SimScheduler scheduler;
    private final Map<String, SimHost> hosts = new HashMap<>();
    private final DataPathRecorder dataPaths = new DataPathRecorder();
    private final List<Runnable> outbox = new ArrayList<>();
    private int depth;

    public SimEnvironment(SimScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** An environment on the wall clock (demo, benchmarks). */
    public static SimEnvironment realTime() {
        return new SimEnvironment(new RealTimeScheduler());
    }

    public SimScheduler scheduler() {
        return scheduler;
    }

    /** Adds (or reconfigures the inventory of) a host. */
    public SimHost addHost(SimHostConfig config) {
        return call(() -> {
            SimHost h = new SimHost(this, config);
            hosts.put(config.name(), h);
            return h;
        });
    }

    /** The named host; unknown names get an empty host (no VFs, bridges unchecked). */
    public SimHost host(String name) {
        return call(() -> hosts.computeIfAbsent(name,
            n -> new SimHost(this, new SimHostConfig(n, List.of(), Set.of(), SimSettings.ZERO_LATENCY))));
    }

    /** The named host if it exists. */
    public Optional<SimHost> find(String name) {
        return call(() -> Optional.ofNullable(hosts.get(name)));
    }

    /** Every host, in no particular order. */
    public List<SimHost> hosts() {
        return call(() -> List.copyOf(hosts.values()));
    }

    /** Whether some host of the environment runs the VM (a migrating VM runs on its source until it switches). */
    public boolean runsAnywhere(String vmName) {
        return call(() -> hosts.values().stream().anyMatch(h -> h.runs(vmName)));
    }

    /** The data-path timeline of a VM, up to now. */
    public DataPathTimeline timeline(String vmName) {
        return call(() -> dataPaths.timeline(vmName, scheduler.nowMillis()));
    }

    DataPathRecorder dataPaths() {
        return dataPaths;
    }

    /** Runs {@code action} under the lock, then the deferred deliveries it queued. */
    <T> T call(Supplier<T> action) {
        List<Runnable> deliveries = List.of();
        T result;
        synchronized (lock) {
            depth++;
            try {
                result = action.get();
            } finally {
                depth--;
                if (depth == 0 && !outbox.isEmpty()) {
                    deliveries = new ArrayList<>(outbox);
                    outbox.clear();
                }
            }
        }
        deliveries.forEach(Runnable::run);
        return result;
    }

    void run(Runnable action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs a delivery (event, future completion) once no thread holds the lock on its behalf: queued when
     * called under the lock, run at once otherwise.
     */
    void later(Runnable delivery) {
        if (Thread.holdsLock(lock)) {
            outbox.add(delivery);
        } else {
            delivery.run();
        }
    }

    /** Schedules {@code task} to run under the lock after {@code delayMillis}. */
    SimScheduler.Cancellable schedule(long delayMillis, Runnable task) {
        return scheduler.schedule(delayMillis, () -> run(task));
    }

    @Override
    public void close() {
        if (scheduler instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // the real-time scheduler's close does not throw
            }
        }
    }
}
