package org.vfmigrate.common.businessentities;

import java.util.Locale;

/**
 * What the periodic balancing job evens out across a cluster's hosts: nothing, the number of VMs, or the
 * number of VFs in use.
 */
public enum BalancingPolicy {
    NONE, EVEN_VM_DISTRIBUTION, EVEN_VF_USAGE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
