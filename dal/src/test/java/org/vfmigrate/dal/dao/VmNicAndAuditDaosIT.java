package org.vfmigrate.dal.dao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.common.auditlog.AuditLogSeverity;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.dal.testing.DaoTestBase;

class VmNicAndAuditDaosIT extends DaoTestBase {

    @Autowired
    VmDao vmDao;
    @Autowired
    VmNicDao vmNicDao;
    @Autowired
    AuditLogDao auditLogDao;

    @Test
    void vmNamesUsingAProfileAreDistinctAndSorted() {
        DataCenter dc = dataCenter("dc");
        Cluster cluster = cluster(dc, "c");
        Network net = network(dc, "n");
        VnicProfile p = profile(net, "p");
        VnicProfile other = profile(net, "other");
        Vm b = vm(cluster, "vm-b");
        Vm a = vm(cluster, "vm-a");
        nic(b, "nic1", p);
        nic(b, "nic2", p);
        nic(a, "nic1", p);
        nic(vm(cluster, "vm-c"), "nic1", other);
        flushAndClear();

        assertThat(vmNicDao.getVmNamesUsingVnicProfile(p.getId())).containsExactly("vm-a", "vm-b");
        assertThat(vmNicDao.getVmNamesUsingNetwork(net.getId())).containsExactly("vm-a", "vm-b", "vm-c");
        assertThat(vmNicDao.getAllForVm(b.getId())).extracting(VmNic::getName).containsExactly("nic1", "nic2");
        assertThat(vmDao.getAllForCluster(cluster.getId())).hasSize(3);
    }

    @Test
    void vmsWithFailoverNicsAreFoundPerCluster() {
        DataCenter dc = dataCenter("dc");
        Cluster cluster = cluster(dc, "c");
        VnicProfile bridged = profile(network(dc, "mgmt"), "mgmt");
        VnicProfile vf = failoverProfile(network(dc, "sriov"), "vf", bridged);
        nic(vm(cluster, "with-failover"), "nic1", vf);
        nic(vm(cluster, "plain"), "nic1", bridged);
        flushAndClear();

        assertThat(vmNicDao.getVmNamesWithFailoverNicsInCluster(cluster.getId())).containsExactly("with-failover");
    }

    @Test
    void auditEntriesAreReadNewestFirstAndSinceAnId() {
        AuditLog first = new AuditLog(AuditLogType.USER_ADD_DATA_CENTER, "added", Instant.now());
        first.setUserName("admin@internal");
        auditLogDao.save(first);
        AuditLog second = new AuditLog(AuditLogType.USER_ADD_DATA_CENTER_FAILED, "failed", Instant.now());
        auditLogDao.save(second);
        flushAndClear();

        assertThat(auditLogDao.getLatest(10)).extracting(AuditLog::getMessage).startsWith("failed", "added");
        assertThat(auditLogDao.getLatest(10).get(0).getSeverity()).isEqualTo(AuditLogSeverity.ERROR);
        assertThat(auditLogDao.getAllAfter(first.getId(), 10)).extracting(AuditLog::getMessage)
                .containsExactly("failed");
    }

    private Vm vm(Cluster cluster, String name) {
        Vm vm = new Vm(UUID.randomUUID(), name, cluster.getId());
        vmDao.save(vm);
        return vm;
    }

    private void nic(Vm vm, String name, VnicProfile profile) {
        vmNicDao.save(new VmNic(UUID.randomUUID(), vm.getId(), name, profile.getId(), "56:6f:00:00:00:01"));
    }
}
