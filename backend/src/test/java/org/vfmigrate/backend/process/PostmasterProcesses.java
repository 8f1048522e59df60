package org.vfmigrate.backend.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PostgreSQL processes serving one embedded database directory, found by their command line
 * ({@code postgres -D <dir>}, also {@code initdb -D <dir>} during a first start) in {@code /proc}, so that they
 * are found however their engine ended: a SIGKILLed engine leaves its postmaster running, adopted by init.
 */
final class PostmasterProcesses {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private PostmasterProcesses() {
    }

    /** The live processes whose arguments name the directory. */
    static List<ProcessHandle> of(Path databaseDirectory) {
        Set<String> names = namesOf(databaseDirectory);
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self && p.isAlive() && argumentsOf(p.pid()).stream().anyMatch(names::contains))
                .toList();
    }

    /**
     * Stops them: SIGTERM (with no engine left to hold connections, PostgreSQL's smart shutdown is immediate),
     * SIGKILL for whatever outlives the grace period; waits for the postmaster's own children too.
     */
    static void stop(Path databaseDirectory) {
        List<ProcessHandle> found = of(databaseDirectory);
        List<ProcessHandle> all = found.stream()
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct().toList();
        found.forEach(ProcessHandle::destroy);
        if (!awaitExit(all, GRACE)) {
            all.forEach(ProcessHandle::destroyForcibly);
            awaitExit(all, Duration.ofSeconds(5));
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Set<String> namesOf(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Set<String> names = new HashSet<>();
        names.add(absolute.toString());
        try {
            names.add(absolute.toRealPath().toString());
        } catch (IOException e) {
            // not created yet: nothing can have been started on it under another name
        }
        return names;
    }

    private static List<String> argumentsOf(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of(); // gone meanwhile, or not ours to read
        }
    }
}
