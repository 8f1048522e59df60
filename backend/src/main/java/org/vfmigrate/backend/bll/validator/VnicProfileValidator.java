package org.vfmigrate.backend.bll.validator;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_ADD_VNIC_PROFILE_TO_NON_VM_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_VNIC_PROFILE_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_CANNOT_POINT_TO_SELF;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NETWORK_NOT_VM_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_IN_SAME_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_UPDATE_OF_FAILOVER_PROFILE_IS_NOT_SUPPORTED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IN_MANY_USES;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IN_ONE_USE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS;

import java.util.List;
import java.util.Objects;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * The rules of a vNIC profile, above all its {@code failover} attribute (SPEC-failover.md §1). Each method
 * names the condition that must hold and returns the rule's failure otherwise; commands chain them in the
 * order the SPEC states. Reads only.
 */
public class VnicProfileValidator {

    private final VnicProfile profile;
    private final VnicProfileDao vnicProfileDao;
    private final NetworkDao networkDao;
    private final VmNicDao vmNicDao;

    public VnicProfileValidator(VnicProfile profile, VnicProfileDao vnicProfileDao, NetworkDao networkDao,
            VmNicDao vmNicDao) {
        this.profile = profile;
        this.vnicProfileDao = vnicProfileDao;
        this.networkDao = networkDao;
        this.vmNicDao = vmNicDao;
    }

    public ValidationResult vnicProfileExists(VnicProfile stored) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_NOT_EXISTS).when(stored == null);
    }

    public ValidationResult networkExists(Network network) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS).when(network == null);
    }

    public ValidationResult networkIsVmNetwork(Network network) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_ADD_VNIC_PROFILE_TO_NON_VM_NETWORK)
                .unless(network.isVmNetwork());
    }

    public ValidationResult networkNotChanged(VnicProfile stored) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_CHANGE_VNIC_PROFILE_NETWORK)
                .unless(stored.getNetworkId().equals(profile.getNetworkId()));
    }

    public ValidationResult nameNotUsedInNetwork() {
        VnicProfile sameName = vnicProfileDao.getByNameInNetwork(profile.getName(), profile.getNetworkId());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                .when(sameName != null && !sameName.getId().equals(profile.getId()));
    }

    /** SPEC §1.1 rules 1–6, in order; the first failure wins. */
    public ValidationResult validFailoverId(Network profileNetwork) {
        if (profile.getFailoverVnicProfileId() == null) {
            return ValidationResult.VALID;                                             // rule 1
        }
        if (profile.getFailoverVnicProfileId().equals(profile.getId())) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_CANNOT_POINT_TO_SELF);
        }
        VnicProfile failover = vnicProfileDao.get(profile.getFailoverVnicProfileId());
        if (failover == null || failover.isPassthrough()) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID);
        }
        Network failoverNetwork = networkDao.get(failover.getNetworkId());
        return ValidationChain.firstFailure(
                () -> ValidationResult.failWith(
                        ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK)
                        .when(failoverNetwork.isExternal()),                            // rule 4
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_IN_SAME_DATA_CENTER)
                        .unless(failoverNetwork.getDataCenterId().equals(profileNetwork.getDataCenterId())),
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NETWORK_NOT_VM_NETWORK)
                        .unless(failoverNetwork.isVmNetwork()),                         // rule 5
                () -> ValidationResult.failWith(
                        ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH)
                        .unless(profile.isPassthrough() && profile.isMigratable()));    // rule 6
    }

    /** SPEC rule 7: a profile that another profile uses as failover is not updated at all. */
    public ValidationResult profileNotUsedAsFailover() {
        List<String> users = namesOfProfilesUsingAsFailover();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_UPDATE_OF_FAILOVER_PROFILE_IS_NOT_SUPPORTED,
                "ENTITIES_USING_FAILOVER", NameLists.shortList(users)).unless(users.isEmpty());
    }

    /** SPEC rule 8: the failover link does not change while VMs have NICs on this profile. */
    public ValidationResult failoverNotChangedIfUsedByVms(VnicProfile stored) {
        if (Objects.equals(stored.getFailoverVnicProfileId(), profile.getFailoverVnicProfileId())) {
            return ValidationResult.VALID;
        }
        return vnicProfileNotUsedByVms();
    }

    /** SPEC rule 9 [beyond]: a profile someone uses as failover is not removed. */
    public ValidationResult profileNotFailoverOfOthersForRemoval() {
        List<String> users = namesOfProfilesUsingAsFailover();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR,
                "ENTITIES_USING_FAILOVER", NameLists.shortList(users)).unless(users.isEmpty());
    }

    /** SPEC rules 8 and 10: no VM has a NIC on this profile. */
    public ValidationResult vnicProfileNotUsedByVms() {
        List<String> vms = vmNicDao.getVmNamesUsingVnicProfile(profile.getId());
        if (vms.isEmpty()) {
            return ValidationResult.VALID;
        }
        if (vms.size() == 1) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_IN_ONE_USE,
                    "ENTITIES_USING_VNIC_PROFILE", vms.get(0));
        }
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_IN_MANY_USES,
                "ENTITIES_USING_VNIC_PROFILE", NameLists.shortList(vms),
                "ENTITIES_USING_VNIC_PROFILE_COUNTER", String.valueOf(vms.size()));
    }

    private List<String> namesOfProfilesUsingAsFailover() {
        return vnicProfileDao.getAllByFailoverVnicProfileId(profile.getId()).stream()
                .filter(p -> !p.getId().equals(profile.getId()))
                .map(VnicProfile::getName)
                .toList();
    }
}
