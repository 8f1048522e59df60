package org.vfmigrate.backend.bll.vm.nic;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_ON_HOST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_INTERFACE_ALREADY_IN_REQUESTED_STATE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE;
import static org.vfmigrate.common.errors.EngineMessage.CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF;

import java.util.Map;
import java.util.UUID;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;

/** The rules of plugging a NIC into a running VM (SPEC-failover.md rules 11 and 19) and of the plug state. */
final class VmNicPlugValidator {

    private final VmNic nic;
    private final VnicProfileDescription profile;

    VmNicPlugValidator(VmNic nic, VnicProfileDescription profile) {
        this.nic = nic;
        this.profile = profile;
    }

    ValidationResult notAlready(boolean plug) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_INTERFACE_ALREADY_IN_REQUESTED_STATE,
                "InterfaceName", nic.getName(), "PlugState", plug ? "plugged" : "unplugged")
                .when(nic.isPlugged() == plug);
    }

    /** Rule 11 on the hot-plug path. */
    ValidationResult failoverNeedsClusterLevel(Cluster cluster) {
        return ValidationResult.failWith(
                ACTION_TYPE_FAILED_VM_INTERFACE_WITH_FAILOVER_IS_SUPPORTED_ONLY_IN_CLUSTER_4_6_AND_ABOVE)
                .when(profile.failover() != null && cluster.getCompatibilityVersion().lessThan(Version.V4_6));
    }

    /** Rule 19: a free VF on the VM's host serving the NIC's network. */
    ValidationResult freeVfOnHost(Map<UUID, Integer> freeVfsByNetwork) {
        return ValidationResult.failWith(CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF, "vnicName", nic.getName())
                .when(profile.passthrough() && freeVfsByNetwork.getOrDefault(profile.network().id(), 0) < 1);
    }

    /** Rule 19: the failover network attached to the VM's host. */
    ValidationResult failoverNetworkOnHost(Host host, java.util.Set<UUID> attachedNetworks) {
        VnicProfileDescription failover = profile.failover();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_ON_HOST,
                        "NetworkName", failover == null ? "" : failover.network().name(), "HostName", host.getName())
                .when(failover != null && !attachedNetworks.contains(failover.network().id()));
    }
}
