package org.vfmigrate.vdsbroker.host;

import java.util.concurrent.CompletableFuture;

/** Hot-plugs one interface (a VF or a virtio NIC) into a running domain. */
public interface InterfaceHotplug {

    /** Attaches the {@code <interface>} document to the running domain; completes when attached. */
    CompletableFuture<Void> plugInterface(String vmName, String interfaceXml);
}
