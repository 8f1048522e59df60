package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVmInterfaceParameters;
import org.vfmigrate.common.action.AddVmParameters;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.errors.EngineMessage;

/**
 * Builders and read-backs for the VM and VM NIC tests: VMs and NICs made through the real commands, the VM's run
 * state set directly (starting VMs is another command's work), and counts of what a refused action must not
 * have written.
 */
abstract class VmTestBase extends EngineTestBase {

    @Autowired
    DataSource dataSource;

    protected UUID vm(UUID cluster, String name, GuestOs os) {
        Vm vm = new Vm(null, name, cluster);
        vm.setOsType(os);
        return runOk(ActionType.ADD_VM, new AddVmParameters(vm));
    }

    protected UUID vm(UUID cluster, String name) {
        return vm(cluster, name, GuestOs.RHEL_9X64);
    }

    /** A NIC with a derived type and an allocated MAC. */
    protected UUID nic(UUID vm, String name, UUID profile) {
        return runOk(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(newNic(vm, name, profile)));
    }

    protected static VmNic newNic(UUID vm, String name, UUID profile) {
        return new VmNic(null, vm, name, profile, null);
    }

    protected ActionReturnValue addNic(VmNic nic) {
        return run(ActionType.ADD_VM_INTERFACE, new AddVmInterfaceParameters(nic));
    }

    protected void setStatus(UUID vmId, VmStatus status) {
        inTransaction().executeWithoutResult(s -> vmDao.get(vmId).setStatus(status));
    }

    protected Vm storedVm(UUID id) {
        return inTransaction().execute(s -> vmDao.get(id));
    }

    protected VmNic storedNic(UUID id) {
        return inTransaction().execute(s -> vmNicDao.get(id));
    }

    protected List<VmNic> nicsOf(UUID vm) {
        return inTransaction().execute(s -> vmNicDao.getAllForVm(vm));
    }

    protected int vmCount() {
        return inTransaction().execute(s -> vmDao.getAll().size());
    }

    protected int count(String table) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from " + table, Integer.class);
    }

    protected List<String> macsOf(UUID dataCenter) {
        return new JdbcTemplate(dataSource).queryForList(
                "select mac_address from mac_addresses where data_center_id = ? order by mac_address", String.class,
                dataCenter);
    }

    protected TransactionTemplate inTransaction() {
        return new TransactionTemplate(transactionManager);
    }

    /** What a refused action must leave as it was. */
    protected record Snapshot(int vms, int nics, int macs, int devices, int audit) {
    }

    protected Snapshot snapshot() {
        return new Snapshot(count("vms"), count("vm_interfaces"), count("mac_addresses"), count("vm_devices"),
                count("audit_log"));
    }

    /** Runs the action and checks it was refused with {@code key} (and {@code text} if given) and wrote nothing. */
    protected ActionReturnValue assertRefused(ActionType type, ActionParametersBase parameters, EngineMessage key, String text) {
        Snapshot before = snapshot();

        ActionReturnValue result = run(type, parameters);

        assertThat(result.getSucceeded()).as(result.toString()).isFalse();
        assertThat(result.isValid()).isFalse();
        assertThat(result.getMessage()).isEqualTo(key);
        assertThat(result.getValidationMessages()).containsExactly(key.name());
        if (text != null) {
            assertThat(result.getRenderedMessages()).containsExactly(text);
        }
        assertThat(snapshot()).isEqualTo(before);
        return result;
    }
}
