package org.vfmigrate.backend.scheduling;

/** The host must have at least the VM's memory free. */
final class MemoryFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        return host.freeMemoryMib() >= context.vm().memoryMib();
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        return "the host has " + host.freeMemoryMib() + " MiB free memory, the VM needs "
                + context.vm().memoryMib() + " MiB";
    }
}
