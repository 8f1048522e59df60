package org.vfmigrate.vdsbroker.host.libvirt;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.jna.ConnectionPointer;

/**
 * A libvirt connection that exposes its native pointer, so that events the Java binding has no listener
 * type for (DEVICE_REMOVED) can be registered through the binding's own JNA interface.
 */
final class LibvirtConnection extends Connect {

    LibvirtConnection(String uri) throws LibvirtException {
        super(uri, false);
    }

    ConnectionPointer pointer() {
        return vcp;
    }
}
