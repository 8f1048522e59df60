package org.vfmigrate.backend.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a report was made on, in one line: CPU model, cores, memory, operating system; and how busy it was
 * (the load averages), since other work may share it.
 */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        StringBuilder s = new StringBuilder();
        if (cpu != null) {
            s.append(cpu).append(", ");
        }
        s.append(Runtime.getRuntime().availableProcessors()).append(" cores");
        if (memory != null && memory.endsWith(" kB")) {
            long kib = Long.parseLong(memory.substring(0, memory.length() - 3).trim());
            s.append(", ").append(Math.round(kib / 1024.0 / 1024.0)).append(" GiB memory");
        }
        s.append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append(" (").append(System.getProperty("os.arch")).append(')');
        return s.toString();
    }

    /** The 1, 5 and 15 minute load averages, e.g. {@code 4.70 8.33 9.39}; null where unknown. */
    static String loadAverage() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/loadavg")).get(0).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The value of the first {@code key: value} line of a /proc file, or null. */
    private static String firstValue(Path file, String key) {
        try {
            // read by lines: procfs files report a size of 0
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
