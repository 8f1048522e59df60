package org.vfmigrate.backend.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chooses the host for starting or migrating a VM, purely from an in-memory snapshot (no database, no I/O; the engine
 * loads the {@link SchedulingRequest} and reserves the VFs afterwards). First the request-level check of SPEC rule 15,
 * then the Run VM filters of DESIGN §5 on every host, then the best passing host by {@link HostScore}, ties broken by
 * host name and id. The host loop only performs look-ups and allocates one score per passing host; the reasons are
 * built only when no host fits.
 */
public final class VmScheduler {

    private static final Comparator<SchedulingHost> BY_NAME_THEN_ID =
            Comparator.comparing(SchedulingHost::name).thenComparing(SchedulingHost::id);

    private final List<HostFilter> filters;

    /** A scheduler with the standard filters, in the order their reasons are reported. */
    public VmScheduler() {
        this(List.of(new ClusterFilter(), new HostStatusFilter(), new MemoryFilter(), new NetworkFilter(),
                new FreeVfFilter(), new FailoverNetworkFilter(), new CurrentHostFilter()));
    }

    VmScheduler(List<HostFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /** Schedules {@code request.vm()} on one of {@code request.hosts()}, or on the forced destination only. */
    public SchedulingResult schedule(SchedulingRequest request) {
        SchedulingContext context = SchedulingContext.of(request);
        List<String> absentFailoverNetworks = failoverNetworksAbsentFromCluster(request, context);
        if (!absentFailoverNetworks.isEmpty()) {
            return new SchedulingResult.FailoverNetworkNotInCluster(absentFailoverNetworks);
        }
        SchedulingHost destination = request.destinationHost();
        List<SchedulingHost> candidates = destination != null ? List.of(destination) : request.hosts();
        SchedulingHost best = null;
        HostScore bestScore = null;
        for (int i = 0, n = candidates.size(); i < n; i++) {
            SchedulingHost host = candidates.get(i);
            if (!passesAllFilters(host, context)) {
                continue;
            }
            HostScore score = HostScore.of(host, context);
            if (best == null || isPreferred(host, score, best, bestScore)) {
                best = host;
                bestScore = score;
            }
        }
        if (best != null) {
            return new SchedulingResult.Selected(best, bestScore);
        }
        return new SchedulingResult.NoSuitableHost(reasonsByHost(candidates, context));
    }

    private boolean passesAllFilters(SchedulingHost host, SchedulingContext context) {
        for (int f = 0, n = filters.size(); f < n; f++) {
            if (!filters.get(f).accepts(host, context)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPreferred(SchedulingHost host, HostScore score, SchedulingHost best, HostScore bestScore) {
        int byScore = score.compareTo(bestScore);
        return byScore > 0 || byScore == 0 && BY_NAME_THEN_ID.compare(host, best) < 0;
    }

    /**
     * SPEC rule 15: failover networks attached to no host of the VM's cluster, whatever the hosts' status. A cluster
     * without any host is left to the filters (nothing can be said about its networks).
     */
    private static List<String> failoverNetworksAbsentFromCluster(SchedulingRequest request,
                                                                  SchedulingContext context) {
        UUID[] failoverNetworks = context.failoverNetworks();
        if (failoverNetworks.length == 0) {
            return List.of();
        }
        boolean[] attached = new boolean[failoverNetworks.length];
        int stillAbsent = failoverNetworks.length;
        boolean clusterHasHosts = false;
        UUID clusterId = request.vm().clusterId();
        List<SchedulingHost> hosts = request.hosts();
        for (int h = 0, n = hosts.size(); h < n && stillAbsent > 0; h++) {
            SchedulingHost host = hosts.get(h);
            if (host.clusterId().equals(clusterId)) {
                clusterHasHosts = true;
                for (int i = 0; i < failoverNetworks.length; i++) {
                    if (!attached[i] && host.hasNetwork(failoverNetworks[i])) {
                        attached[i] = true;
                        stillAbsent--;
                    }
                }
            }
        }
        List<String> absent = new ArrayList<>();
        for (int i = 0; clusterHasHosts && i < failoverNetworks.length; i++) {
            if (!attached[i]) {
                absent.add(context.networkName(failoverNetworks[i]));
            }
        }
        return absent;
    }

    private Map<String, List<String>> reasonsByHost(List<SchedulingHost> candidates, SchedulingContext context) {
        List<SchedulingHost> sorted = new ArrayList<>(candidates);
        sorted.sort(BY_NAME_THEN_ID);
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (SchedulingHost host : sorted) {
            List<String> hostReasons = new ArrayList<>(2);
            for (HostFilter filter : filters) {
                if (!filter.accepts(host, context)) {
                    hostReasons.add(filter.rejectionReason(host, context));
                }
            }
            reasons.put(host.name(), hostReasons);
        }
        return reasons;
    }
}
