package org.vfmigrate.backend.bll.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_ADD_VNIC_PROFILE_TO_NON_VM_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_CANNOT_POINT_TO_SELF;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NETWORK_NOT_VM_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_IN_SAME_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_OBJECT_MODIFIED_CONCURRENTLY;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_UPDATE_OF_FAILOVER_PROFILE_IS_NOT_SUPPORTED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IN_MANY_USES;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IN_ONE_USE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.action.RemoveVnicProfileParameters;
import org.vfmigrate.common.action.UpdateVnicProfileParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.dal.dao.network.NetworkDao;

/**
 * Every rule of SPEC-failover.md §1 through {@code runAction} on the real database: the message key, the
 * rendered text, and that a refused action wrote nothing (profile unchanged, no audit entry).
 */
class VnicProfileFailoverRulesIT extends EngineTestBase {

    @Autowired
    NetworkDao networkDao;

    UUID dc;
    UUID cluster;
    UUID mgmtNet;
    UUID mgmt;
    UUID sriovNet;

    @BeforeEach
    void fixture() {
        dc = dataCenter("dc", Version.V4_6);
        cluster = cluster(dc, "cluster", Version.V4_6);
        mgmtNet = network(dc, "mgmt");
        mgmt = profile(mgmtNet, "mgmt");
        sriovNet = network(dc, "sriov");
    }

    // --- rule 1 ---

    @Test
    void rule1_withoutFailoverAnyProfileIsValid() {
        UUID plainVf = vfProfile(sriovNet, "vf-no-failover", null);
        VnicProfile nonMigratable = new VnicProfile(null, "pt", sriovNet);
        nonMigratable.setPassthrough(true);
        runOk(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(nonMigratable));

        assertThat(storedProfile(plainVf).getFailoverVnicProfileId()).isNull();
    }

    @Test
    void rule1_passthroughMigratableProfileWithBridgedFailoverIsAddedAndAudited() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);

        assertThat(storedProfile(vf).getFailoverVnicProfileId()).isEqualTo(mgmt);
        AuditLog entry = audit().get(0);
        assertThat(entry.getLogType()).isEqualTo(AuditLogType.USER_ADD_VNIC_PROFILE);
        assertThat(entry.getMessage()).isEqualTo(
                "VM network interface profile vf was added to network sriov by SYSTEM.");
        assertThat(entry.getVnicProfileId()).isEqualTo(vf);
    }

    // --- rule 2 ---

    @Test
    void rule2_failoverPointingToItselfIsRefusedOnAdd() {
        VnicProfile self = vf(sriovNet, "self", null);
        self.setId(UUID.randomUUID());
        self.setFailoverVnicProfileId(self.getId());

        assertRefused(run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(self)),
                ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_CANNOT_POINT_TO_SELF,
                "Cannot add VM network interface profile. Failover vNIC profile cannot point to itself.");
        assertThat(storedProfile(self.getId())).isNull();
    }

    @Test
    void rule2_failoverPointingToItselfIsRefusedOnUpdate() {
        UUID vf = vfProfile(sriovNet, "vf", null);
        VnicProfile change = storedProfile(vf);
        change.setFailoverVnicProfileId(vf);

        assertUpdateRefused(change, ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_CANNOT_POINT_TO_SELF,
                "Cannot edit VM network interface profile. Failover vNIC profile cannot point to itself.");
    }

    // --- rule 3 ---

    @Test
    void rule3_unknownFailoverIsRefused() {
        assertAddRefused(vf(sriovNet, "vf", UUID.randomUUID()), ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID,
                "Cannot add VM network interface profile. Failover must be valid non-passthrough vNIC profile.");
    }

    @Test
    void rule3_passthroughFailoverIsRefused() {
        UUID otherVf = vfProfile(sriovNet, "other-vf", null);

        assertAddRefused(vf(sriovNet, "vf", otherVf), ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID, null);
    }

    @Test
    void rule3_comesBeforeRule6() {
        VnicProfile notPassthrough = new VnicProfile(null, "bridged", sriovNet);
        notPassthrough.setFailoverVnicProfileId(UUID.randomUUID());

        assertAddRefused(notPassthrough, ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_ID_IS_NOT_VALID, null);
    }

    // --- rule 4 ---

    @Test
    void rule4_failoverOnExternalNetworkIsRefused() {
        Network external = new Network(null, "provider-net", dc);
        external.setExternal(true);
        UUID externalProfile = profile(network(external), "ext");

        assertAddRefused(vf(sriovNet, "vf", externalProfile),
                ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK,
                "Cannot add VM network interface profile. Failover vNIC profile based on external network is not supported.");
    }

    @Test
    void rule4_comesBeforeRule5() {
        UUID otherDc = dataCenter("other-dc", Version.V4_6);
        Network external = new Network(null, "provider-net", otherDc);
        external.setExternal(true);
        UUID externalProfile = profile(network(external), "ext");

        assertAddRefused(vf(sriovNet, "vf", externalProfile),
                ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK, null);
    }

    // --- rule 5 [beyond] ---

    @Test
    void rule5_failoverInAnotherDataCenterIsRefused() {
        UUID otherDc = dataCenter("other-dc", Version.V4_6);
        UUID foreign = profile(network(otherDc, "mgmt"), "foreign-mgmt");

        assertAddRefused(vf(sriovNet, "vf", foreign), ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_IN_SAME_DATA_CENTER,
                "Cannot add VM network interface profile. Failover vNIC profile must belong to a network of the same Data Center.");
    }

    @Test
    void rule5_failoverOnANonVmNetworkIsRefused() {
        // Commands never put a profile on a non-VM network; rows from elsewhere (an older engine, a script) can.
        UUID legacyProfile = new TransactionTemplate(transactionManager).execute(s -> {
            Network storage = new Network(UUID.randomUUID(), "storage", dc);
            storage.setVmNetwork(false);
            networkDao.save(storage);
            VnicProfile p = new VnicProfile(UUID.randomUUID(), "storage", storage.getId());
            vnicProfileDao.save(p);
            return p.getId();
        });

        assertAddRefused(vf(sriovNet, "vf", legacyProfile),
                ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NETWORK_NOT_VM_NETWORK,
                "Cannot add VM network interface profile. Failover vNIC profile must be based on a VM network.");
    }

    // --- rule 6 ---

    @Test
    void rule6_failoverOnANonPassthroughProfileIsRefused() {
        VnicProfile bridged = new VnicProfile(null, "bridged", sriovNet);
        bridged.setMigratable(true);
        bridged.setFailoverVnicProfileId(mgmt);

        assertAddRefused(bridged, ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH,
                "Cannot add VM network interface profile. Failover vNIC profile is supported only for migratable passthrough vNIC profiles.");
    }

    @Test
    void rule6_failoverOnANonMigratablePassthroughProfileIsRefused() {
        VnicProfile pinned = vf(sriovNet, "pinned", mgmt);
        pinned.setMigratable(false);

        assertAddRefused(pinned, ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH, null);
    }

    @Test
    void rule6_untickingMigratableWhileFailoverIsSetFailsOnUpdate() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        VnicProfile change = storedProfile(vf);
        change.setMigratable(false);

        assertUpdateRefused(change, ACTION_TYPE_FAILED_FAILOVER_IS_SUPPORTED_ONLY_FOR_MIGRATABLE_PASSTROUGH,
                "Cannot edit VM network interface profile. Failover vNIC profile is supported only for migratable passthrough vNIC profiles.");
    }

    // --- rule 7 ---

    @Test
    void rule7_aProfileUsedAsFailoverIsNotUpdatedAtAll() {
        vfProfile(sriovNet, "vf2", mgmt);
        vfProfile(sriovNet, "vf1", mgmt);
        VnicProfile change = storedProfile(mgmt);
        change.setDescription("only a description");

        assertUpdateRefused(change, ACTION_TYPE_FAILED_UPDATE_OF_FAILOVER_PROFILE_IS_NOT_SUPPORTED,
                "Cannot edit VM network interface profile. Profile is selected as failover for: vf1, vf2.");
    }

    @Test
    void rule7_listsFiveNamesThenAnEllipsis() {
        for (int i = 1; i <= 7; i++) {
            vfProfile(sriovNet, "vf" + i, mgmt);
        }

        ActionReturnValue result = run(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(storedProfile(mgmt)));

        assertThat(result.getRenderedMessages()).containsExactly(
                "Cannot edit VM network interface profile. Profile is selected as failover for: vf1, vf2, vf3, vf4, vf5, ….");
    }

    // --- rule 8 ---

    @Test
    void rule8_changingFailoverWhileOneVmUsesTheProfileIsRefused() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        vmUsing(cluster, "vm1", vf);
        VnicProfile change = storedProfile(vf);
        change.setFailoverVnicProfileId(null);

        assertUpdateRefused(change, ACTION_TYPE_FAILED_VNIC_PROFILE_IN_ONE_USE,
                "Cannot edit VM network interface profile. This VM network interface profile is used by virtual machine: vm1. - Please remove it from this virtual machine and try again.");
    }

    @Test
    void rule8_changingFailoverWhileSeveralVmsUseTheProfileIsRefused() {
        UUID vf = vfProfile(sriovNet, "vf", null);
        vmUsing(cluster, "vm2", vf);
        vmUsing(cluster, "vm1", vf, vf);
        VnicProfile change = storedProfile(vf);
        change.setFailoverVnicProfileId(mgmt);

        assertUpdateRefused(change, ACTION_TYPE_FAILED_VNIC_PROFILE_IN_MANY_USES,
                "Cannot edit VM network interface profile. This VM network interface profile is used by virtual machines (2): vm1, vm2 - Please detach virtual machines using this profile and try again.");
    }

    @Test
    void rule8_otherChangesAreAllowedWhileVmsUseTheProfile() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        vmUsing(cluster, "vm1", vf);
        VnicProfile change = storedProfile(vf);
        change.setDescription("new words");

        runOk(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(change));

        assertThat(storedProfile(vf).getDescription()).isEqualTo("new words");
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_UPDATE_VNIC_PROFILE);
    }

    @Test
    void rule8_nullToNullIsNoChange() {
        UUID vf = vfProfile(sriovNet, "vf", null);
        vmUsing(cluster, "vm1", vf);
        VnicProfile change = storedProfile(vf);
        change.setName("renamed");

        runOk(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(change));
    }

    @Test
    void clearingTheFailoverOfAnUnusedProfileWorks() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        VnicProfile change = storedProfile(vf);
        change.setFailoverVnicProfileId(null);

        runOk(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(change));

        assertThat(storedProfile(vf).getFailoverVnicProfileId()).isNull();
    }

    // --- rule 9 [beyond] ---

    @Test
    void rule9_aProfileUsedAsFailoverIsNotRemoved() {
        vfProfile(sriovNet, "vf", mgmt);
        int auditBefore = audit().size();

        ActionReturnValue result = run(ActionType.REMOVE_VNIC_PROFILE, new RemoveVnicProfileParameters(mgmt));

        assertThat(result.getMessage()).isEqualTo(ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR);
        assertThat(result.getRenderedMessages()).containsExactly("Cannot remove VM network interface profile. "
                + "The profile is selected as failover for: vf. - Please change their failover profile first.");
        assertThat(storedProfile(mgmt)).isNotNull();
        assertThat(audit()).hasSize(auditBefore);
    }

    // --- rule 10 ---

    @Test
    void rule10_aProfileUsedByOneVmIsNotRemoved() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        vmUsing(cluster, "vm1", vf);

        ActionReturnValue result = run(ActionType.REMOVE_VNIC_PROFILE, new RemoveVnicProfileParameters(vf));

        assertThat(result.getMessage()).isEqualTo(ACTION_TYPE_FAILED_VNIC_PROFILE_IN_ONE_USE);
        assertThat(storedProfile(vf)).isNotNull();
    }

    @Test
    void rule10_aProfileUsedBySeveralVmsIsNotRemoved() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);
        vmUsing(cluster, "vm1", vf);
        vmUsing(cluster, "vm2", vf);

        ActionReturnValue result = run(ActionType.REMOVE_VNIC_PROFILE, new RemoveVnicProfileParameters(vf));

        assertThat(result.getMessage()).isEqualTo(ACTION_TYPE_FAILED_VNIC_PROFILE_IN_MANY_USES);
        assertThat(result.getRenderedMessages().get(0)).contains("(2): vm1, vm2");
    }

    @Test
    void removingAnUnusedProfileWorksAndIsAudited() {
        UUID vf = vfProfile(sriovNet, "vf", mgmt);

        runOk(ActionType.REMOVE_VNIC_PROFILE, new RemoveVnicProfileParameters(vf));

        assertThat(storedProfile(vf)).isNull();
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_REMOVE_VNIC_PROFILE);
        // the failover target is free again
        runOk(ActionType.REMOVE_VNIC_PROFILE, new RemoveVnicProfileParameters(mgmt));
    }

    // --- around the rules ---

    @Test
    void profilesAreNotAddedToNonVmNetworks() {
        Network storage = new Network(null, "storage", dc);
        storage.setVmNetwork(false);
        UUID storageNet = network(storage);

        assertAddRefused(new VnicProfile(null, "p", storageNet), ACTION_TYPE_FAILED_CANNOT_ADD_VNIC_PROFILE_TO_NON_VM_NETWORK,
                null);
    }

    @Test
    void staleUpdateFailsAsAConflictAndIsAuditedAsAFailure() {
        UUID vf = vfProfile(sriovNet, "vf", null);
        VnicProfile first = storedProfile(vf);
        VnicProfile second = storedProfile(vf);
        second.setDescription("second wins");
        runOk(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(second));
        first.setDescription("stale");

        ActionReturnValue result = run(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(first));

        assertThat(result.isValid()).isTrue();
        assertThat(result.getMessage()).isEqualTo(ACTION_TYPE_FAILED_OBJECT_MODIFIED_CONCURRENTLY);
        assertThat(storedProfile(vf).getDescription()).isEqualTo("second wins");
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_UPDATE_VNIC_PROFILE_FAILED);
    }

    private void assertAddRefused(VnicProfile profile, EngineMessage key, String text) {
        int before = profileCount();
        int auditBefore = audit().size();

        ActionReturnValue result = run(ActionType.ADD_VNIC_PROFILE, new AddVnicProfileParameters(profile));

        assertRefused(result, key, text);
        assertThat(profileCount()).isEqualTo(before);
        assertThat(audit()).hasSize(auditBefore);
    }

    private int profileCount() {
        return new TransactionTemplate(transactionManager).execute(s -> vnicProfileDao.getAll().size());
    }

    private void assertUpdateRefused(VnicProfile change, EngineMessage key, String text) {
        VnicProfile before = storedProfile(change.getId());
        int auditBefore = audit().size();

        ActionReturnValue result = run(ActionType.UPDATE_VNIC_PROFILE, new UpdateVnicProfileParameters(change));

        assertRefused(result, key, text);
        VnicProfile after = storedProfile(change.getId());
        assertThat(after).usingRecursiveComparison().isEqualTo(before);
        assertThat(audit()).hasSize(auditBefore);
    }


    private static void assertRefused(ActionReturnValue result, EngineMessage key, String text) {
        assertThat(result.getSucceeded()).isFalse();
        assertThat(result.isValid()).isFalse();
        assertThat(result.getMessage()).isEqualTo(key);
        assertThat(result.getValidationMessages()).containsExactly(key.name());
        if (text != null) {
            assertThat(result.getRenderedMessages()).containsExactly(text);
        }
    }
}
