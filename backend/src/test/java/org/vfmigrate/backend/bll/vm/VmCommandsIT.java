package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_GUEST_OS_UNKNOWN;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_OBJECT_MODIFIED_CONCURRENTLY;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_IS_RUNNING;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VM_SIZE_INVALID;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.action.RemoveVmParameters;
import org.vfmigrate.common.action.UpdateVmParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmDeviceRole;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.QueryParametersBase;
import org.vfmigrate.common.queries.QueryType;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;

/** ADD_VM, UPDATE_VM (without failover NICs) and REMOVE_VM, and the VM queries, on the real database. */
class VmCommandsIT extends VmTestBase {

    @Autowired
    VmDeviceDao vmDeviceDao;

    UUID dc;
    UUID cluster;
    UUID mgmt;

    @BeforeEach
    void fixture() {
        dc = dataCenter("dc", Version.V4_6);
        cluster = cluster(dc, "cluster", Version.V4_6);
        mgmt = profile(network(dc, "mgmt"), "mgmt");
    }

    // --- add ---

    @Test
    void addedVmIsDownOnNoHostAndAudited() {
        Vm wanted = new Vm(null, "vm1", cluster);
        wanted.setMemoryMib(4096);
        wanted.setVcpus(4);
        wanted.setOsType(GuestOs.RHEL_8X64);
        wanted.setStatus(VmStatus.UP);

        UUID id = runOk(ActionType.ADD_VM, new AddVmParameters(wanted));

        Vm stored = storedVm(id);
        assertThat(stored.getName()).isEqualTo("vm1");
        assertThat(stored.getMemoryMib()).isEqualTo(4096);
        assertThat(stored.getVcpus()).isEqualTo(4);
        assertThat(stored.getOsType()).isEqualTo(GuestOs.RHEL_8X64);
        assertThat(stored.getStatus()).isEqualTo(VmStatus.DOWN);
        assertThat(stored.getRunOnHostId()).isNull();
        AuditLog entry = audit().get(0);
        assertThat(entry.getLogType()).isEqualTo(AuditLogType.USER_ADD_VM);
        assertThat(entry.getMessage()).isEqualTo("VM vm1 was created by SYSTEM.");
        assertThat(entry.getVmId()).isEqualTo(id);
        assertThat(entry.getClusterId()).isEqualTo(cluster);
    }

    @Test
    void vmNamesAreUniqueAcrossClusters() {
        vm(cluster, "vm1");
        UUID otherCluster = cluster(dc, "other", Version.V4_6);

        assertRefused(ActionType.ADD_VM, new AddVmParameters(new Vm(null, "vm1", otherCluster)),
                ACTION_TYPE_FAILED_NAME_ALREADY_USED, "Cannot add VM. The name is already in use.");
    }

    @Test
    void invalidNameIsRefused() {
        assertRefused(ActionType.ADD_VM, new AddVmParameters(new Vm(null, "my vm", cluster)),
                ACTION_TYPE_FAILED_NAME_INVALID, "Cannot add VM. The name may contain only letters, digits, '-', '_' "
                        + "and '.', and may have at most 64 characters.");
        assertRefused(ActionType.ADD_VM, new AddVmParameters(new Vm(null, "v".repeat(65), cluster)),
                ACTION_TYPE_FAILED_NAME_INVALID, null);
    }

    @Test
    void unknownClusterIsRefused() {
        assertRefused(ActionType.ADD_VM, new AddVmParameters(new Vm(null, "vm1", UUID.randomUUID())),
                ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST, "Cannot add VM. Cluster does not exist.");
    }

    @ParameterizedTest(name = "{0} MiB and {1} vCPUs are refused")
    @CsvSource({"0, 1", "4194305, 1", "1024, 0", "1024, 289", "-1, 2"})
    void sizeOutOfRangeIsRefused(long memory, int vcpus) {
        Vm vm = new Vm(null, "vm1", cluster);
        vm.setMemoryMib(memory);
        vm.setVcpus(vcpus);

        assertRefused(ActionType.ADD_VM, new AddVmParameters(vm), ACTION_TYPE_FAILED_VM_SIZE_INVALID,
                "Cannot add VM. Memory must be between 1 and 4194304 MiB and vCPUs between 1 and 288.");
    }

    @Test
    void sizeLimitsThemselvesAreAllowed() {
        Vm vm = new Vm(null, "vm1", cluster);
        vm.setMemoryMib(4_194_304);
        vm.setVcpus(288);

        runOk(ActionType.ADD_VM, new AddVmParameters(vm));
    }

    @Test
    void missingGuestOsIsRefused() {
        Vm vm = new Vm(null, "vm1", cluster);
        vm.setOsType(null);

        assertRefused(ActionType.ADD_VM, new AddVmParameters(vm), ACTION_TYPE_FAILED_GUEST_OS_UNKNOWN,
                "Cannot add VM. Guest OS type '(none)' is not known.");
    }

    // --- update ---

    @Test
    void downVmIsEditedAndAudited() {
        UUID id = vm(cluster, "vm1");
        UUID other = cluster(dc, "other", Version.V4_7);
        Vm change = storedVm(id);
        change.setName("renamed");
        change.setMemoryMib(2048);
        change.setVcpus(2);
        change.setOsType(GuestOs.DEBIAN_12);
        change.setMigrationPolicy("post_copy");
        change.setClusterId(other);

        runOk(ActionType.UPDATE_VM, new UpdateVmParameters(change));

        Vm stored = storedVm(id);
        assertThat(stored).extracting(Vm::getName, Vm::getMemoryMib, Vm::getVcpus, Vm::getOsType,
                        Vm::getMigrationPolicy, Vm::getClusterId)
                .containsExactly("renamed", 2048L, 2, GuestOs.DEBIAN_12, "post_copy", other);
        assertThat(audit().get(0).getMessage()).isEqualTo("VM renamed configuration was updated by SYSTEM.");
    }

    @Test
    void unknownVmIsRefused() {
        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(new Vm(UUID.randomUUID(), "x", cluster)),
                ACTION_TYPE_FAILED_VM_NOT_EXIST, "Cannot edit VM. VM does not exist.");
    }

    @Test
    void renamingToAnotherVmsNameIsRefused() {
        vm(cluster, "vm1");
        Vm change = storedVm(vm(cluster, "vm2"));
        change.setName("vm1");

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(change), ACTION_TYPE_FAILED_NAME_ALREADY_USED, null);
    }

    @Test
    void runningVmKeepsItsSize() {
        UUID id = vm(cluster, "vm1");
        setStatus(id, VmStatus.UP);
        Vm change = storedVm(id);
        change.setMemoryMib(8192);

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(change), ACTION_TYPE_FAILED_VM_IS_RUNNING,
                "Cannot edit VM. VM vm1 is running.");
        assertThat(storedVm(id).getMemoryMib()).isEqualTo(1024);
    }

    @Test
    void runningVmKeepsItsVcpusGuestOsAndCluster() {
        UUID id = vm(cluster, "vm1");
        UUID other = cluster(dc, "other", Version.V4_6);
        setStatus(id, VmStatus.WAIT_FOR_LAUNCH);
        Vm vcpus = storedVm(id);
        vcpus.setVcpus(2);
        Vm os = storedVm(id);
        os.setOsType(GuestOs.DEBIAN_12);
        Vm moved = storedVm(id);
        moved.setClusterId(other);

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(vcpus), ACTION_TYPE_FAILED_VM_IS_RUNNING, null);
        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(os), ACTION_TYPE_FAILED_VM_IS_RUNNING, null);
        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(moved), ACTION_TYPE_FAILED_VM_IS_RUNNING, null);
    }

    @Test
    void runningVmMayBeRenamedAndKeepsItsRunState() {
        UUID id = vm(cluster, "vm1");
        setStatus(id, VmStatus.UP);
        Vm change = storedVm(id);
        change.setName("renamed");
        change.setMigrationPolicy("suspend_workload");
        change.setStatus(VmStatus.DOWN);

        runOk(ActionType.UPDATE_VM, new UpdateVmParameters(change));

        assertThat(storedVm(id).getName()).isEqualTo("renamed");
        assertThat(storedVm(id).getStatus()).isEqualTo(VmStatus.UP);
    }

    @Test
    void clusterOfAnotherDataCenterIsRefused() {
        UUID id = vm(cluster, "vm1");
        UUID otherDc = dataCenter("other-dc", Version.V4_6);
        Vm change = storedVm(id);
        change.setClusterId(cluster(otherDc, "far", Version.V4_6));

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(change), ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER,
                "Cannot edit VM. The Data Center of an existing VM cannot be changed.");
        assertThat(storedVm(id).getClusterId()).isEqualTo(cluster);
    }

    @Test
    void unknownTargetClusterIsRefused() {
        Vm change = storedVm(vm(cluster, "vm1"));
        change.setClusterId(UUID.randomUUID());

        assertRefused(ActionType.UPDATE_VM, new UpdateVmParameters(change), ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST, null);
    }

    @Test
    void staleEditFailsAsAConflictAndIsAuditedAsAFailure() {
        UUID id = vm(cluster, "vm1");
        Vm first = storedVm(id);
        Vm second = storedVm(id);
        second.setVcpus(2);
        runOk(ActionType.UPDATE_VM, new UpdateVmParameters(second));
        first.setVcpus(3);

        ActionReturnValue result = run(ActionType.UPDATE_VM, new UpdateVmParameters(first));

        assertThat(result.getMessage()).isEqualTo(ACTION_TYPE_FAILED_OBJECT_MODIFIED_CONCURRENTLY);
        assertThat(storedVm(id).getVcpus()).isEqualTo(2);
        assertThat(audit().get(0).getLogType()).isEqualTo(AuditLogType.USER_UPDATE_VM_FAILED);
        assertThat(audit().get(0).getMessage()).isEqualTo("Failed to update VM vm1. (User: SYSTEM)");
    }

    // --- remove ---

    @Test
    void runningVmIsNotRemoved() {
        UUID id = vm(cluster, "vm1");
        nic(id, "nic1", mgmt);
        setStatus(id, VmStatus.MIGRATING);

        assertRefused(ActionType.REMOVE_VM, new RemoveVmParameters(id), ACTION_TYPE_FAILED_VM_IS_RUNNING,
                "Cannot remove VM. VM vm1 is running.");
    }

    @Test
    void removingADownVmTakesItsNicsDevicesAndMacsAlong() {
        UUID id = vm(cluster, "vm1");
        UUID nic1 = nic(id, "nic1", mgmt);
        nic(id, "nic2", mgmt);
        UUID keep = vm(cluster, "vm2");
        nic(keep, "nic1", mgmt);
        inTransaction().executeWithoutResult(s -> vmDeviceDao.save(
                new VmDevice(UUID.randomUUID(), id, nic1, VmDeviceRole.NIC, "ua-" + nic1)));

        runOk(ActionType.REMOVE_VM, new RemoveVmParameters(id));

        assertThat(storedVm(id)).isNull();
        assertThat(count("vm_interfaces")).isEqualTo(1);
        assertThat(count("vm_devices")).isZero();
        assertThat(macsOf(dc)).containsExactly(storedNic(nicsOf(keep).get(0).getId()).getMacAddress());
        assertThat(audit().get(0).getMessage()).isEqualTo("VM vm1 was removed by SYSTEM.");
    }

    @Test
    void unknownVmIsNotRemoved() {
        assertRefused(ActionType.REMOVE_VM, new RemoveVmParameters(UUID.randomUUID()), ACTION_TYPE_FAILED_VM_NOT_EXIST,
                "Cannot remove VM. VM does not exist.");
    }

    // --- queries ---

    @Test
    void queriesReadVmsAndTheirNics() {
        UUID id = vm(cluster, "vm1");
        vm(cluster, "vm0");
        UUID nicId = nic(id, "nic1", mgmt);

        List<Vm> all = backend.runQuery(QueryType.GET_ALL_VMS, QueryParametersBase.NONE).getReturnValue();
        Vm one = backend.runQuery(QueryType.GET_VM_BY_ID, new IdQueryParameters(id)).getReturnValue();
        List<?> nics = backend.runQuery(QueryType.GET_VM_INTERFACES_BY_VM_ID, new IdQueryParameters(id)).getReturnValue();
        Object nic = backend.runQuery(QueryType.GET_VM_INTERFACE_BY_ID, new IdQueryParameters(nicId)).getReturnValue();

        assertThat(all).extracting(Vm::getName).containsExactly("vm0", "vm1");
        assertThat(one.getName()).isEqualTo("vm1");
        assertThat(nics).hasSize(1);
        assertThat(nic).isNotNull();
    }
}
