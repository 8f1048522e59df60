package org.vfmigrate.backend.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the figures were measured on: CPU model and cores, memory, OS and kernel, and the JVM, read from the
 * running JVM and from {@code /proc} and {@code /etc/os-release} where Linux has them.
 */
record Machine(int cores, String cpu, double memoryGib, String os, String kernel, String jvm) {

    static Machine current() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")";
        return new Machine(Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")),
                memory / (1024.0 * 1024 * 1024),
                firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
                        .orElse(System.getProperty("os.name")),
                System.getProperty("os.name") + " " + System.getProperty("os.version"), jvm);
    }

    /** One line for the report's header. */
    String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM, %s, %s", cores, cpu, memoryGib, os, kernel);
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(l.contains(":") && !l.contains("=") ? ':' : '=') + 1).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
