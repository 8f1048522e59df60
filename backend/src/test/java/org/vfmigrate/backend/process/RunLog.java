package org.vfmigrate.backend.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where one run of an engine process writes: its standard output and its standard error, each in a file. */
public record RunLog(Path stdout, Path stderr) {

    static RunLog in(Path directory, String name) {
        return new RunLog(directory.resolve(name + ".out"), directory.resolve(name + ".err"));
    }

    public String stdoutText() {
        return read(stdout);
    }

    public String stderrText() {
        return read(stderr);
    }

    /** The last lines of both files, headed by their names, for a failure message. */
    public String tail(int lines) {
        return section(stdout, lines) + section(stderr, lines);
    }

    private static String section(Path file, int lines) {
        List<String> all = read(file).lines().toList();
        List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
        return "\n--- " + file + " (last " + last.size() + " of " + all.size() + " lines) ---\n"
                + String.join("\n", last);
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
