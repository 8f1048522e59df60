package org.vfmigrate.vdsbroker.host.sim;

import org.vfmigrate.vdsbroker.host.HostDriver;
import org.vfmigrate.vdsbroker.host.HostDriverFactory;

/** Opens {@code sim://<name>} addresses on one {@link SimEnvironment}. */
public final class SimHostDriverFactory implements HostDriverFactory {

    public static final String SCHEME = "sim://";

    private final SimEnvironment environment;

    public SimHostDriverFactory(SimEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public boolean supports(String address) {
        return address != null && address.startsWith(SCHEME) && address.length() > SCHEME.length();
    }

    /** The simulated host's name: what follows {@code sim://} up to a path or query. */
    public static String hostName(String address) {
        return address.substring(SCHEME.length()).replaceAll("[/?].*$", "");
    }

    @Override
    public HostDriver open(String address) {
        return environment.host(hostName(address));
    }
}
