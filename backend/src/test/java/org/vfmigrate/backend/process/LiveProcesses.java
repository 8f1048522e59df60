package org.vfmigrate.backend.process;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every engine process a test started and did not close yet, closed by a JVM shutdown hook, so that an engine
 * (and its PostgreSQL) does not outlive the test JVM even when a test forgets, or fails before, its clean-up.
 */
final class LiveProcesses {

    private static final Set<AutoCloseable> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveProcesses::closeAll, "engine-process-cleanup"));
    }

    private LiveProcesses() {
    }

    static void add(AutoCloseable process) {
        LIVE.add(process);
    }

    static void remove(AutoCloseable process) {
        LIVE.remove(process);
    }

    private static void closeAll() {
        for (AutoCloseable process : List.copyOf(LIVE)) {
            try {
                process.close();
            } catch (Exception e) {
                // the JVM is going; close what can be closed
            }
        }
    }
}
