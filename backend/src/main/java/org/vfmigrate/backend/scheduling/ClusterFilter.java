package org.vfmigrate.backend.scheduling;

/** A VM runs only on hosts of its own cluster. */
final class ClusterFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return host.clusterId().equals(context.vm().clusterId());
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return "the host is not in the VM's cluster";
    }
}
