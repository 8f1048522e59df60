package org.vfmigrate.vdsbroker.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether libvirt (the shared library with its in-process {@code test:///} driver, and its RELAX NG
 * schemas) is installed. Tests that need it skip when it is missing, except under CI (env {@code CI}
 * set), where a missing libvirt is a failure rather than a silent skip.
 */
public final class LibvirtEnvironment {

    public static final Path SCHEMA = Path.of("/usr/share/libvirt/schemas/domain.rng");
    private static final Path[] LIBRARIES = {
        Path.of("/usr/lib/x86_64-linux-gnu/libvirt.so.0"), Path.of("/usr/lib64/libvirt.so.0"),
        Path.of("/usr/lib/libvirt.so.0"), Path.of("/usr/lib/aarch64-linux-gnu/libvirt.so.0")};

    private LibvirtEnvironment() {
    }

    public static void requireSchemas() {
        require(Files.isReadable(SCHEMA), "libvirt RELAX NG schemas (" + SCHEMA + ")");
    }

    public static void requireLibrary() {
        boolean found = false;
        for (Path p : LIBRARIES) {
            found |= Files.exists(p);
        }
        require(found, "libvirt shared library (libvirt0)");
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail(what + " is missing and CI is set: install libvirt0 libvirt-clients");
        }
        Assumptions.abort(what + " not installed; skipping");
    }
}
