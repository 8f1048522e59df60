package org.vfmigrate.backend.bll.vm.run;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE;

import java.util.List;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * The failover rules that hold on every path that brings a failover NIC to a host — run, migrate, hot-plug
 * (SPEC-failover.md rule 11 [beyond] and rule 13): cluster level 4.6 or above, and a guest OS not known to lack
 * net_failover.
 */
public final class FailoverRunRules {

    private final VmDescriptionFactory descriptions;

    public FailoverRunRules(VmDescriptionFactory descriptions) {
        this.descriptions = descriptions;
    }

    public ValidationResult check(Vm vm, Cluster cluster, List<VmNic> nics) {
        boolean failover = nics.stream().anyMatch(n -> n.isPlugged() && n.getVnicProfileId() != null
                && descriptions.profile(n.getVnicProfileId()).failover() != null);
        if (!failover) {
            return ValidationResult.VALID;
        }
        if (cluster.getCompatibilityVersion().lessThan(Version.V4_6)) {
            return ValidationResult.failWith(
                    ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE);
        }
        return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_NOT_SUPPORTED_BY_GUEST_OS,
                "OsName", vm.getOsType().apiName())
                .when(vm.getOsType().failoverSupport() == GuestOs.FailoverSupport.UNSUPPORTED);
    }
}
