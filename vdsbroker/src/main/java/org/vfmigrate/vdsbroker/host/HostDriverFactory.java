package org.vfmigrate.vdsbroker.host;

/** Opens drivers for the host addresses it recognises. */
public interface HostDriverFactory {

    /** Whether this factory handles {@code address}. */
    boolean supports(String address);

    /** Opens a driver for {@code address} (one per host; the registry caches it). */
    HostDriver open(String address);
}
