package org.vfmigrate.backend.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free loopback ports for an engine that keeps them across restarts. They are taken below the kernel's ephemeral
 * range, because a port from that range (what binding port 0 gives) may meanwhile become the local end of some
 * outgoing connection while the engine is down, and the engine's next start would find it busy.
 */
final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    private FreePorts() {
    }

    static int pick() {
        int below = ephemeralLowerBound();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; below - LOWEST > 1_000 && attempt < 100; attempt++) {
            int port = random.nextInt(LOWEST, below);
            if (isFree(port)) {
                return port;
            }
        }
        return anyFree();
    }

    private static int ephemeralLowerBound() {
        try {
            // read by lines: Files.readString misreads procfs files, which report a size of 0
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
