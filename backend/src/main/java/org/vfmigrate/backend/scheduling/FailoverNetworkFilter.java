package org.vfmigrate.backend.scheduling;

/**
 * For every NIC with failover, the failover profile's network must be attached to the host, because the NIC's
 * virtio twin is plugged on its bridge (SPEC rule 14). The reason names the failover networks, not the NICs.
 */
final class FailoverNetworkFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return MissingNetworks.allAttached(context.failoverNetworks(), host);
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return MissingNetworks.reason(context.failoverNetworks(), host, context);
    }
}
