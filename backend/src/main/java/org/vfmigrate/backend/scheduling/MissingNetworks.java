package org.vfmigrate.backend.scheduling;

import java.util.StringJoiner;
import java.util.UUID;

/**
 * The network checks shared by {@link NetworkFilter} and {@link FailoverNetworkFilter}: are all of some networks
 * attached to a host, and if not, the oVirt-style reason naming the missing ones ("network(s) a, b are missing").
 */
final class MissingNetworks {

    private MissingNetworks() {
    }

    static boolean allAttached(UUID[] networks, SchedulingHost host) {
        for (UUID network : networks) {
            if (!host.hasNetwork(network)) {
                return false;
            }
        }
        return true;
    }

    static String reason(UUID[] networks, SchedulingHost host, SchedulingContext context) {
        StringJoiner missing = new StringJoiner(", ", "network(s) ", " are missing");
        for (UUID network : networks) {
            if (!host.hasNetwork(network)) {
                missing.add(context.networkName(network));
            }
        }
        return missing.toString();
    }
}
