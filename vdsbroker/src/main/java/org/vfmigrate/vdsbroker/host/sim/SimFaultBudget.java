package org.vfmigrate.vdsbroker.host.sim;

import java.util.List;

/**
 * Remaining uses of each configured fault of one host. The first matching fault with uses left applies and
 * loses one use. Guarded by the environment lock; replaced whenever the host's settings change.
 */
final class SimFaultBudget {

    private final List<SimFault> faults;
    private final int[] remaining;

    SimFaultBudget(List<SimFault> faults) {
        this.faults = List.copyOf(faults);
        this.remaining = faults.stream().mapToInt(SimFault::times).toArray();
    }

    /** Consumes and returns the fault for {@code op} on {@code vm}, or null. */
    SimFault take(SimFault.Operation op, String vm) {
        for (int i = 0; i < faults.size(); i++) {
            if (remaining[i] > 0 && faults.get(i).matches(op, vm)) {
                remaining[i]--;
                return faults.get(i);
            }
        }
        return null;
    }
}
