package org.vfmigrate.backend.scheduling;

import java.util.StringJoiner;

/**
 * Every passthrough NIC needs a free VF on a PF serving its network (SPEC rule 14); several NICs on one network need
 * that many VFs. Each network is counted on its own, so a VF on a PF serving two networks may be counted for both:
 * this is a pre-check, and the database claim made after scheduling is the arbiter. The reason names the NICs left
 * without a VF when VFs are handed out in the VM's NIC order, as the oVirt engine does.
 */
final class FreeVfFilter implements HostFilter {

    @Override
    public boolean accepts(SchedulingHost host, SchedulingContext context) {
        for (int i = 0; i < context.vfNetworkCount(); i++) {
            if (host.freeVfs(context.vfNetwork(i)) < context.vfDemand(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String rejectionReason(SchedulingHost host, SchedulingContext context) {
        int[] handedOut = new int[context.vfNetworkCount()];
        StringJoiner unsatisfied = new StringJoiner(", ",
                "there are no free virtual functions which are suitable for virtual nic(s) ", "");
        for (int nic = 0; nic < context.passthroughNicCount(); nic++) {
            int network = context.passthroughNicNetwork(nic);
            if (handedOut[network] < host.freeVfs(context.vfNetwork(network))) {
                handedOut[network]++;
            } else {
                unsatisfied.add(context.passthroughNicName(nic));
            }
        }
        return unsatisfied.toString();
    }
}
