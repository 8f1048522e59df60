package org.vfmigrate.backend.scheduling;

import org.vfmigrate.common.businessentities.host.HostStatus;

/** Only hosts that are up can receive a VM; maintenance, non-responsive and preparing hosts cannot. */
final class HostStatusFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return host.status() == HostStatus.UP;
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return "the host is not up (status " + host.status().apiName() + ")";
    }
}
