package org.vfmigrate.dal.dao.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.vm.MacPoolDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.dal.testing.DaoTestBase;

class HostDeviceDaoIT extends DaoTestBase {

    @Autowired
    HostDeviceDao dao;
    @Autowired
    HostDao hostDao;
    @Autowired
    HostNetworkAttachmentDao attachments;
    @Autowired
    MacPoolDao macPool;
    @Autowired
    VmNicDao vmNicDao;

    @Test
    void inventorySyncStoresPfsVfsAndServedNetworks() {
        Fixture f = new Fixture();
        dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 3)));
        flushAndClear();

        List<HostDevice> devices = dao.getAllForHost(f.host.getId());
        assertThat(devices).extracting(HostDevice::getPciAddress)
                .containsExactly("0000:3b:00.0", "0000:3b:02.0", "0000:3b:02.1", "0000:3b:02.2");
        assertThat(devices.stream().filter(HostDevice::isVirtualFunction)).hasSize(3);
        UUID pfId = devices.get(0).getId();
        assertThat(dao.getPhysicalFunctionNetworks(f.host.getId())).containsEntry(pfId, Set.of(f.sriov.getId()));
    }

    @Test
    void resyncDropsFreeDevicesThatAreGoneAndReportsHeldOnes() {
        Fixture f = new Fixture();
        dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 3)));
        HostDevice held = dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), f.nic.getId(),
                VfReservation.ATTACHED, Instant.now()).orElseThrow();
        flushAndClear();

        List<String> drift = dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 0)));
        flushAndClear();

        assertThat(drift).containsExactly(held.getPciAddress());
        assertThat(dao.getAllForHost(f.host.getId())).extracting(HostDevice::getPciAddress)
                .containsExactly("0000:3b:00.0", held.getPciAddress());
    }

    @Test
    void claimTakesAFreeVfOnAPfServingTheNetworkAndRecordsTheHolder() {
        Fixture f = new Fixture();
        dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 2),
                pf("0000:5e:00.0", Set.of(f.other.getId()), 2)));

        HostDevice vf = dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), f.nic.getId(),
                VfReservation.RESERVED, Instant.now()).orElseThrow();

        assertThat(vf.getPciAddress()).startsWith("0000:3b:02.");
        assertThat(vf.getVmNicId()).isEqualTo(f.nic.getId());
        assertThat(vf.getReservation()).isEqualTo(VfReservation.RESERVED);
        assertThat(dao.getHeldBy(f.nic.getId(), f.host.getId())).map(HostDevice::getId).hasValue(vf.getId());
        assertThat(dao.freeVfCountsInCluster(f.cluster.getId()).get(f.host.getId()))
                .containsEntry(f.sriov.getId(), 1).containsEntry(f.other.getId(), 2);
    }

    @Test
    void noClaimWhenNoPfServesTheNetworkOrAllVfsAreHeld() {
        Fixture f = new Fixture();
        dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 1)));
        VmNic second = f.nic("nic2");

        assertThat(dao.claimFreeVf(f.host.getId(), f.other.getId(), f.vm.getId(), f.nic.getId(),
                VfReservation.RESERVED, Instant.now())).isEmpty();
        assertThat(dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), f.nic.getId(),
                VfReservation.RESERVED, Instant.now())).isPresent();
        assertThat(dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), second.getId(),
                VfReservation.RESERVED, Instant.now())).isEmpty();
    }

    @Test
    void releaseFreesTheVfForTheNextClaim() {
        Fixture f = new Fixture();
        dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 1)));
        HostDevice vf = dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), f.nic.getId(),
                VfReservation.ATTACHED, Instant.now()).orElseThrow();

        assertThat(dao.releaseAllForVm(f.vm.getId())).isEqualTo(1);
        flushAndClear();

        assertThat(dao.get(vf.getId()).getReservation()).isEqualTo(VfReservation.FREE);
        assertThat(dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), f.nic.getId(),
                VfReservation.RESERVED, Instant.now())).isPresent();
    }

    @Test
    void theVfsHeldOnAHostAndTheNicsOfItsVmsAreReadAllAtOnce() {
        Fixture f = new Fixture();
        dao.syncInventory(f.host.getId(), List.of(pf("0000:3b:00.0", Set.of(f.sriov.getId()), 3)));
        VmNic first = f.nic("nic0");
        f.vm.setRunOnHostId(f.host.getId());
        Vm stopped = new Vm(UUID.randomUUID(), "vm2", f.cluster.getId());
        em.persist(stopped);
        em.persist(new VmNic(UUID.randomUUID(), stopped.getId(), "nic1", null, "56:6f:00:00:00:02"));
        dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), f.nic.getId(), VfReservation.ATTACHED,
                Instant.now()).orElseThrow();
        dao.claimFreeVf(f.host.getId(), f.sriov.getId(), f.vm.getId(), first.getId(), VfReservation.RESERVED,
                Instant.now()).orElseThrow();
        flushAndClear();

        assertThat(dao.getAllHeldOnHost(f.host.getId())).extracting(HostDevice::getVmNicId)
                .containsExactlyInAnyOrder(f.nic.getId(), first.getId());
        assertThat(vmNicDao.getAllForVmsRunningOnHost(f.host.getId())).extracting(VmNic::getName)
                .containsExactly("nic0", "nic1");
    }

    @Test
    void theVfsOfAVmAndTheDevicesOnAVfAreFoundByIndexNotByReadingTheTable() {
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();

        assertThat(plan("select id from host_devices where vm_id = '7e3a0000-0000-4000-8000-000000000001'"))
                .contains("idx_host_devices_vm_id");
        // what the foreign keys' ON DELETE SET NULL runs when a VM or a VF goes away
        assertThat(plan("update host_devices set vm_id = null where vm_id = '7e3a0000-0000-4000-8000-000000000001'"))
                .contains("idx_host_devices_vm_id");
        assertThat(plan("update vm_devices set host_device_id = null where host_device_id = '7e3a0000-0000-4000-8000-000000000001'"))
                .contains("idx_vm_devices_host_device_id");
    }

    private String plan(String sql) {
        @SuppressWarnings("unchecked")
        List<String> lines = em.createNativeQuery("explain " + sql).getResultList();
        return String.join("\n", lines);
    }

    @Test
    void networkAttachmentsAreReplacedAndListedPerCluster() {
        Fixture f = new Fixture();
        attachments.replace(f.host.getId(), Map.of(f.sriov.getId(), "sriov", f.other.getId(), "other"));
        attachments.replace(f.host.getId(), Map.of(f.other.getId(), "br-other"));
        flushAndClear();

        assertThat(attachments.getForHost(f.host.getId())).containsExactly(Map.entry(f.other.getId(), "br-other"));
        assertThat(attachments.getNetworkIdsByHostInCluster(f.cluster.getId()))
                .containsExactly(Map.entry(f.host.getId(), Set.of(f.other.getId())));
    }

    @Test
    void aMacIsTakenOncePerDataCenter() {
        Fixture f = new Fixture();
        VmNic second = f.nic("nic2");

        assertThat(macPool.take(f.dc.getId(), "56:6f:00:00:00:10", f.nic.getId())).isTrue();
        assertThat(macPool.take(f.dc.getId(), "56:6f:00:00:00:10", second.getId())).isFalse();
        assertThat(macPool.isTaken(f.dc.getId(), "56:6f:00:00:00:10")).isTrue();
        macPool.releaseForNic(f.nic.getId());
        assertThat(macPool.take(f.dc.getId(), "56:6f:00:00:00:10", second.getId())).isTrue();
    }

    static PhysicalFunctionRecord pf(String address, Set<UUID> networks, int vfs) {
        String bus = address.substring(0, 7);
        List<String> vfAddresses = java.util.stream.IntStream.range(0, vfs)
                .mapToObj(i -> bus + ":02." + i).toList();
        return new PhysicalFunctionRecord(address, "ens1f0", networks, vfAddresses);
    }

    /** A host in a cluster, two networks, and a VM with one NIC. */
    class Fixture {
        final DataCenter dc = dataCenter("dc");
        final Cluster cluster = cluster(dc, "c");
        final Network sriov = network(dc, "sriov");
        final Network other = network(dc, "other");
        final Host host = host();
        final Vm vm = vm();
        final VmNic nic = nic("nic1");

        private Host host() {
            Host h = new Host(UUID.randomUUID(), "h1", "sim://h1", cluster.getId());
            hostDao.save(h);
            return h;
        }

        private Vm vm() {
            Vm v = new Vm(UUID.randomUUID(), "vm1", cluster.getId());
            em.persist(v);
            return v;
        }

        VmNic nic(String name) {
            VmNic n = new VmNic(UUID.randomUUID(), vm.getId(), name, null, "56:6f:00:00:00:01");
            em.persist(n);
            em.flush();
            return n;
        }
    }
}
