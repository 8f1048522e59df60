package org.vfmigrate.dal.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a postmaster that an engine killed with SIGKILL left behind. The pid comes from
 * {@code postmaster.pid} and is only signalled when {@code /proc/<pid>/cmdline} shows a postgres process for this
 * very data directory, so a recycled pid is never hit. Fast shutdown (SIGINT) first, SIGKILL if it lingers.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private OrphanedPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> orphan = find(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL (pid {}) left running in {} by an engine that did not shut down",
                process.pid(), dataDirectory);
        signal(process.pid(), "-INT");
        if (!awaitExit(process, GRACE)) {
            process.destroyForcibly();
            awaitExit(process, Duration.ofSeconds(5));
        }
    }

    static Optional<ProcessHandle> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(p -> p.isAlive() && isPostmasterOf(pid, dataDirectory));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostmasterOf(long pid, Path dataDirectory) {
        try {
            String cmdline = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(dataDirectory.toString());
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", signal, String.valueOf(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !process.isAlive();
            }
        }
        return !process.isAlive();
    }
}
