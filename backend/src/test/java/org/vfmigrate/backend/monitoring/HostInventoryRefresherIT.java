package org.vfmigrate.backend.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.testing.TestDatabase;

/** The periodic inventory refresh keeps what VMs hold and reports held VFs the host no longer has. */
class HostInventoryRefresherIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    HostInventoryRefresher refresher;
    @Autowired
    HostDeviceDao hostDeviceDao;

    @Test
    void refreshKeepsTheVfsVmsHoldAndReportsAHeldVfThatIsGone() {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 2);
        UUID vm = vmUsing(f.cluster, "vm1", f.sriovVf);
        runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));
        UUID nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(0).getId());
        UUID ghostNic = inTransaction(() -> {
            var extra = new org.vfmigrate.common.businessentities.vm.VmNic(UUID.randomUUID(), vm, "ghost", null,
                    "56:6f:00:00:09:09");
            vmNicDao.save(extra);
            return extra.getId();
        });
        UUID pf = inTransaction(() -> hostDeviceDao.getAllForHost(host).stream()
                .filter(d -> !d.isVirtualFunction()).findFirst().orElseThrow().getId());
        new JdbcTemplate(TestDatabase.get().dataSource()).update("insert into host_devices (id, host_id, pci_address, "
                + "physical_function_id, vm_id, vm_nic_id, reservation) values (?, ?, '0000:99:00.1', ?, ?, ?, 'ATTACHED')",
                UUID.randomUUID(), host, pf, vm, ghostNic);

        assertThat(refresher.refresh(host)).isTrue();

        HostDevice held = inTransaction(() -> hostDeviceDao.getHeldBy(nic, host).orElseThrow());
        assertThat(held.getReservation()).isEqualTo(VfReservation.ATTACHED);
        var entries = audit().stream().filter(a -> a.getLogType() == AuditLogType.HOST_VF_MISSING).toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getMessage())
                .isEqualTo("Host h1 no longer reports virtual function 0000:99:00.1, held by VM vm1.");
    }
}
