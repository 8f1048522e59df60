package org.vfmigrate.backend.scheduling;

/** The host must have at least the VM's memory free; a host whose memory is not known is not excluded for it. */
final class MemoryFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return !host.memoryKnown() || host.freeMemoryMib() >= context.vm().memoryMib();
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return "the host has " + host.freeMemoryMib() + " MiB free memory, the VM needs "
                + context.vm().memoryMib() + " MiB";
    }
}
