package org.vfmigrate.vdsbroker.host.libvirt;

import java.util.function.Function;
import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostDriverFactory;

/**
 * Opens libvirt connections for {@code qemu+tls://…}, {@code qemu+ssh://…}, {@code qemu:///system} and
 * {@code test:///…} (libvirt's in-process test driver) addresses.
 */
public final class LibvirtHostDriverFactory implements HostDriverFactory {

    private final Function<String, LibvirtHostConfig> configs;

    public LibvirtHostDriverFactory() {
        this(address -> LibvirtHostConfig.EMPTY);
    }

    /** With per-host PF networks and bridges, looked up by address. */
    public LibvirtHostDriverFactory(Function<String, LibvirtHostConfig> configs) {
        this.configs = configs;
    }

    @Override
    public boolean supports(String address) {
        return address != null && (address.startsWith("qemu+tls://") || address.startsWith("qemu+ssh://")
            || address.equals("qemu:///system") || address.startsWith("test:///"));
    }

    @Override
    public HostDriver open(String address) {
        return new LibvirtHostDriver(address, configs.apply(address));
    }
}
