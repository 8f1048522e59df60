package org.vfmigrate.vdsbroker.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses and caches the driver for a host address: {@code sim://<name>} → simulated host;
 * {@code qemu+tls://…}, {@code qemu+ssh://…}, {@code qemu:///system}, {@code test:///…} → libvirt. One
 * driver (one connection) per address; {@link #close()} closes them all.
 */
public final class HostDriverRegistry implements AutoCloseable {

    private final List<HostDriverFactory> factories;
    private final Map<String, HostDriver> drivers = new ConcurrentHashMap<>();

    public HostDriverRegistry(List<HostDriverFactory> factories) {
        this.factories = List.copyOf(factories);
    }

    /** The driver for {@code address}, opened on first use. */
    public HostDriver driverFor(String address) {
        return drivers.computeIfAbsent(address, this::open);
    }

    private HostDriver open(String address) {
        for (HostDriverFactory f : factories) {
            if (f.supports(address)) {
                return f.open(address);
            }
        }
        throw new HostOperationException(address, null, HostOperation.CONNECT,
            HostOperationException.Reason.UNSUPPORTED,
            "no host driver for this address (expected sim://, qemu+tls://, qemu+ssh://, qemu:///system or test:///)");
    }

    /** Closes and forgets one host's driver (e.g. when the host is removed). */
    public void release(String address) {
        HostDriver d = drivers.remove(address);
        if (d != null) {
            d.close();
        }
    }

    @Override
    public void close() {
        List<HostDriver> all = new ArrayList<>(drivers.values());
        drivers.clear();
        all.forEach(HostDriver::close);
    }
}
