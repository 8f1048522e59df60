package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.ActivateDeactivateVmNicParameters;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.dal.dao.host.HostDeviceDao;

/**
 * Sixteen threads start sixteen VF VMs, and then plug NICs, against one host with few free VFs on the real
 * database: no VF is handed out twice, none is leaked, and the losers fail with the VF message.
 */
class VfContentionIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    HostDeviceDao hostDeviceDao;

    @Test
    void sixteenConcurrentStartsOnFourVfsStartExactlyFourAndLeakNothing() throws Exception {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 4);
        List<UUID> vms = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            vms.add(vmUsing(f.cluster, "vm" + i, f.sriovVf));
        }

        List<ActionReturnValue> results = concurrently(vms, vm -> run(ActionType.RUN_VM, VmIdParameters.of(vm)));

        assertThat(results.stream().filter(ActionReturnValue::getSucceeded)).hasSize(4);
        assertThat(results.stream().filter(r -> !r.getSucceeded()).map(ActionReturnValue::getMessage))
                .allMatch(m -> m == EngineMessage.ACTION_TYPE_FAILED_NO_SUITABLE_HOST
                        || m == EngineMessage.CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF);
        assertConsistent(host, vms);
        assertThat(f.sim(host).runningDomains()).hasSize(4);
    }

    @Test
    void concurrentPlugsNeverShareAVf() throws Exception {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 3);
        List<UUID> vms = new ArrayList<>();
        List<UUID> nics = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID vm = vmUsing(f.cluster, "vm" + i, f.mgmt, f.legacyVf);
            vms.add(vm);
            UUID nic = inTransaction(() -> vmNicDao.getAllForVm(vm).get(1).getId());
            nics.add(nic);
            inTransaction(() -> {
                var n = vmNicDao.get(nic);
                n.setPlugged(false);
                return vmNicDao.update(n);
            });
            runOk(ActionType.RUN_VM, new VmIdParameters(vm, host));
        }

        List<ActionReturnValue> results = concurrently(vms, vm -> run(ActionType.PLUG_VM_INTERFACE,
                ActivateDeactivateVmNicParameters.byUser(vm, nics.get(vms.indexOf(vm)))));

        assertThat(results.stream().filter(ActionReturnValue::getSucceeded)).hasSize(3);
        assertConsistent(host, vms);
    }

    private void assertConsistent(UUID host, List<UUID> vms) {
        List<HostDevice> held = inTransaction(() -> hostDeviceDao.getAllForHost(host).stream()
                .filter(d -> d.getVmNicId() != null).toList());
        assertThat(held.stream().map(HostDevice::getVmNicId)).doesNotHaveDuplicates();
        for (HostDevice vf : held) {
            assertThat(inTransaction(() -> vmDao.get(vf.getVmId())).getStatus()).isEqualTo(VmStatus.UP);
        }
        long running = vms.stream().filter(vm -> inTransaction(() -> vmDao.get(vm)).getStatus() == VmStatus.UP).count();
        assertThat(running).isGreaterThanOrEqualTo(held.stream().map(HostDevice::getVmId).distinct().count());
    }

    private static List<ActionReturnValue> concurrently(List<UUID> vms,
            java.util.function.Function<UUID, ActionReturnValue> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ActionReturnValue>> futures = new ArrayList<>();
        for (UUID vm : vms) {
            futures.add(pool.submit(() -> {
                start.await();
                return action.apply(vm);
            }));
        }
        start.countDown();
        List<ActionReturnValue> results = new ArrayList<>();
        for (Future<ActionReturnValue> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }
}
