package org.vfmigrate.vdsbroker.host.libvirt;

import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostDriverFactory;

/**
 * Opens libvirt connections for {@code qemu+tls://…}, {@code qemu+ssh://…}, {@code qemu:///system} and
 * {@code test:///…} (libvirt's in-process test driver) addresses. What libvirt cannot tell about the host —
 * which networks each PF serves, which bridges exist — comes from the address itself ({@link LibvirtAddress}).
 */
public final class LibvirtHostDriverFactory implements HostDriverFactory {

    @Override
    public boolean supports(String address) {
        if (address == null) {
            return false;
        }
        String uri = LibvirtAddress.connectUri(address);
        return uri.startsWith("qemu+tls://") || uri.startsWith("qemu+ssh://") || uri.equals("qemu:///system")
            || uri.startsWith("test:///");
    }

    @Override
    public String addressProblem(String address) {
        return LibvirtAddress.problem(address);
    }

    @Override
    public HostDriver open(String address) {
        return new LibvirtHostDriver(address);
    }
}
