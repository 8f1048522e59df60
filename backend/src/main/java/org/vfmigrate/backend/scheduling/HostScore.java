package org.vfmigrate.backend.scheduling;

/**
 * How much a host that passed every filter is preferred; a greater score is a better host. Compared field by field:
 * <ol>
 * <li>{@code vfHeadroom} — VFs left free, after placing the VM, on the host's tightest passthrough network of the VM
 *     (the minimum over the VM's passthrough networks of free VFs minus the VM's NICs on that network; 0 for a VM
 *     without passthrough NICs, so it does not influence such VMs). More is better: it spreads VF usage evenly and
 *     keeps hosts with spare VFs for the next VM;</li>
 * <li>{@code runningVms} — fewer is better (even distribution of VMs);</li>
 * <li>{@code freeMemoryMib} — more is better; a host whose memory is not known
 *     ({@link SchedulingHost#UNKNOWN_MEMORY}) ranks after every host with a known amount: not knowing is no reason
 *     to prefer it, and (having passed the filters) no reason to exclude it either.</li>
 * </ol>
 * Equal scores are broken by host name, then host id, by {@link VmScheduler}, so the choice never depends on the
 * order in which hosts were loaded.
 *
 * @param vfHeadroom    spare VFs on the tightest of the VM's passthrough networks after placing it
 * @param runningVms    VMs running on the host
 * @param freeMemoryMib free memory on the host, MiB, or {@link SchedulingHost#UNKNOWN_MEMORY}
 */
public record HostScore(int vfHeadroom, int runningVms, long freeMemoryMib) implements Comparable<HostScore> {

    static HostScore of(SchedulingHost host, SchedulingContext context) {
        int headroom = context.vfNetworkCount() == 0 ? 0 : Integer.MAX_VALUE;
        for (int i = 0; i < context.vfNetworkCount(); i++) {
            headroom = Math.min(headroom, host.freeVfs(context.vfNetwork(i)) - context.vfDemand(i));
        }
        return new HostScore(headroom, host.runningVms(), host.freeMemoryMib());
    }

    /** Positive when this score is better than {@code other}. */
    @Override
    public int compareTo(HostScore other) {
        if (vfHeadroom != other.vfHeadroom) {
            return Integer.compare(vfHeadroom, other.vfHeadroom);
        }
        if (runningVms != other.runningVms) {
            return Integer.compare(other.runningVms, runningVms);
        }
        boolean known = freeMemoryMib != SchedulingHost.UNKNOWN_MEMORY;
        boolean otherKnown = other.freeMemoryMib != SchedulingHost.UNKNOWN_MEMORY;
        if (known != otherKnown) {
            return known ? 1 : -1;
        }
        return Long.compare(freeMemoryMib, other.freeMemoryMib);
    }
}
