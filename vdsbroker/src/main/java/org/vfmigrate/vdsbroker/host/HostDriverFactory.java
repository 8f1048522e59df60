package org.vfmigrate.vdsbroker.host;

/** Opens drivers for the host addresses it recognises. */
public interface HostDriverFactory {

    /** Whether this factory handles {@code address}. */
    boolean supports(String address);

    /**
     * What is wrong with what {@code address} says about the host beyond where it is (e.g. malformed parameters
     * of the engine's own), for refusing the address before it is stored; null when nothing is.
     */
    default String addressProblem(String address) {
        return null;
    }

    /** Opens a driver for {@code address} (one per host; the registry caches it). */
    HostDriver open(String address);
}
