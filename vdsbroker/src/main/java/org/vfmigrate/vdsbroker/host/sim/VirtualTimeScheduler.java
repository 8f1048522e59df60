package org.vfmigrate.vdsbroker.host.sim;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * Virtual clock for tests: time moves only when the test calls {@link #advance} or {@link #runUntilIdle},
 * and due tasks run on the calling thread in time order (ties in scheduling order). Nothing sleeps.
 */
public final class VirtualTimeScheduler implements SimScheduler {

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(long delayMillis, Runnable task) {
        Task t = new Task(now + Math.max(0, delayMillis), sequence++, task);
        queue.add(t);
        return () -> t.cancelled = true;
    }

    /** Moves time forward by {@code d}, running every task that falls due. */
    public void advance(Duration d) {
        long target;
        synchronized (this) {
            target = now + d.toMillis();
        }
        runUntil(target);
        synchronized (this) {
            now = Math.max(now, target);
        }
    }

    /** Runs tasks due now (including ones they schedule for now) without moving time. */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Runs every pending task, moving time as needed; returns the final time. Stops after 100,000 tasks. */
    public long runUntilIdle() {
        return runUntil(Long.MAX_VALUE);
    }

    private long runUntil(long target) {
        for (int i = 0; i < 100_000; i++) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at > target) {
                    return now;
                }
                queue.poll();
                now = Math.max(now, next.at);
            }
            if (!next.cancelled) {
                next.task.run();
            }
        }
        throw new IllegalStateException("More than 100,000 simulated tasks: runaway schedule?");
    }

    /** Number of pending (not cancelled) tasks. */
    public synchronized long pending() {
        return queue.stream().filter(t -> !t.cancelled).count();
    }

    private static final class Task implements Comparable<Task> {
        final long at;
        final long seq;
        final Runnable task;
        volatile boolean cancelled;

        Task(long at, long seq, Runnable task) {
            this.at = at;
            this.seq = seq;
            this.task = task;
        }

        @Override
        public int compareTo(Task o) {
            return at != o.at ? Long.compare(at, o.at) : Long.compare(seq, o.seq);
        }
    }
}
