package org.vfmigrate.backend.scheduling;

/** A migration needs another host than the one the VM runs on; a start has no current host. */
final class CurrentHostFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return !host.id().equals(context.vm().currentHostId());
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return "the VM already runs on this host";
    }
}
