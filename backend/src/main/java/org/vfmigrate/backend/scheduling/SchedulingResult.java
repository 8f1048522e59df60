package org.vfmigrate.backend.scheduling;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of scheduling one VM: a chosen host, no suitable host with the reasons per host, or the request-level
 * failure of SPEC rule 15 — a failover network attached to no host of the VM's cluster — which the engine reports
 * with its own validation message rather than as "no host".
 */
public sealed interface SchedulingResult {

    /** The host chosen for the VM and the score it won with. */
    record Selected(SchedulingHost host, HostScore score) implements SchedulingResult {

        public Selected {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * No considered host passed every filter.
     *
     * @param reasonsByHost per host name (in name order), the reasons of every filter that rejected it
     */
    record NoSuitableHost(Map<String, List<String>> reasonsByHost) implements SchedulingResult {

        /** Hosts shown by {@link #summary()} before "… and N more". */
        public static final int HOSTS_SHOWN = 5;

        public NoSuitableHost {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            reasonsByHost.forEach((host, reasons) -> copy.put(host, List.copyOf(reasons)));
            reasonsByHost = Collections.unmodifiableMap(copy);
        }

        /**
         * One line for a message: {@code host h1: network(s) a are missing; host h2: <reason> and <reason>}, the first
         * {@value #HOSTS_SHOWN} hosts then {@code … and N more}.
         */
        public String summary() {
            if (reasonsByHost.isEmpty()) {
                return "no host to consider";
            }
            StringBuilder line = new StringBuilder();
            int shown = 0;
            for (Map.Entry<String, List<String>> entry : reasonsByHost.entrySet()) {
                if (shown == HOSTS_SHOWN) {
                    line.append("; … and ").append(reasonsByHost.size() - HOSTS_SHOWN).append(" more");
                    break;
                }
                if (shown++ > 0) {
                    line.append("; ");
                }
                line.append("host ").append(entry.getKey()).append(": ").append(String.join(" and ", entry.getValue()));
            }
            return line.toString();
        }
    }

    /**
     * SPEC rule 15 [beyond]: a failover network of the VM's NICs is attached to no host of the VM's cluster (any
     * status), so no host could ever fit; the engine answers with a validation message naming the network(s).
     *
     * @param networkNames the failover networks missing from the whole cluster, in the VM's NIC order
     */
    record FailoverNetworkNotInCluster(List<String> networkNames) implements SchedulingResult {

        public FailoverNetworkNotInCluster {
            networkNames = List.copyOf(networkNames);
            if (networkNames.isEmpty()) {
                throw new IllegalArgumentException("no network named");
            }
        }

        /** The names joined for a message placeholder: {@code a, b}. */
        public String networkNamesText() {
            return String.join(", ", networkNames);
        }
    }
}
