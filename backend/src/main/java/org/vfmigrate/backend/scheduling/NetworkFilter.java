package org.vfmigrate.backend.scheduling;

/**
 * Every plugged NIC's network must be attached to the host, except for passthrough NICs: a VF NIC's network need not
 * be a bridge on the host, it needs a free VF on a PF serving it instead ({@link FreeVfFilter}).
 */
final class NetworkFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return MissingNetworks.allAttached(context.bridgedNetworks(), host);
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return MissingNetworks.reason(context.bridgedNetworks(), host, context);
    }
}
