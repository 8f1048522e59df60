package org.vfmigrate.backend.demo.migration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's command line: {@code [--out FILE]} (where the timeline SVG goes, {@code demo-timeline.svg} in the
 * working directory by default) and {@code --help}.
 */
record DemoOptions(Path svg, boolean help) {

    static final String USAGE = """
            usage: vfmigrate demo [--out FILE]
              Starts a fresh engine with two simulated hosts, migrates a VM with a failover VF NIC and one with a
              VF NIC without failover at the same time, shows their progress, prints the engine's figures and
              draws the guest's network over time to FILE (default: demo-timeline.svg).""";

    static DemoOptions parse(String... args) {
        Path svg = Path.of("demo-timeline.svg");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                return new DemoOptions(svg, true);
            } else if (a.startsWith("--out=")) {
                svg = path(a.substring("--out=".length()));
            } else if (a.equals("--out") || a.equals("-o")) {
                if (i + 1 >= args.length) {
                    throw new DemoFailure(a + " needs a file name");
                }
                svg = path(args[++i]);
            } else {
                throw new DemoFailure("unknown option '" + a + "'");
            }
        }
        if (Files.isDirectory(svg)) {
            throw new DemoFailure("cannot write " + svg + ": it is a directory");
        }
        Path dir = svg.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new DemoFailure("cannot write " + svg + ": " + dir + " is not a writable directory");
        }
        return new DemoOptions(svg, false);
    }

    private static Path path(String name) {
        if (name.isBlank()) {
            throw new DemoFailure("--out needs a file name");
        }
        return Path.of(name);
    }
}
