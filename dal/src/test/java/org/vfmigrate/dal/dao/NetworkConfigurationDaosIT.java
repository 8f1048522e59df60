package org.vfmigrate.dal.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.dao.OptimisticLockingFailureException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.testing.DaoTestBase;

class NetworkConfigurationDaosIT extends DaoTestBase {

    @Autowired
    DataCenterDao dataCenterDao;
    @Autowired
    ClusterDao clusterDao;
    @Autowired
    NetworkDao networkDao;

    @Test
    void dataCenterRoundTripAndLookupByName() {
        DataCenter dc = dataCenter("east");
        dc.setDescription("the east one");
        flushAndClear();

        DataCenter read = dataCenterDao.getByName("east");
        assertThat(read.getId()).isEqualTo(dc.getId());
        assertThat(read.getCompatibilityVersion()).isEqualTo(Version.V4_6);
        assertThat(read.getDescription()).isEqualTo("the east one");
        assertThat(dataCenterDao.getByName("west")).isNull();
        assertThat(dataCenterDao.getAll()).extracting(DataCenter::getName).containsExactly("east");
    }

    @Test
    void clustersAreListedPerDataCenter() {
        DataCenter a = dataCenter("a");
        DataCenter b = dataCenter("b");
        cluster(a, "c2");
        cluster(a, "c1");
        cluster(b, "other");
        flushAndClear();

        assertThat(clusterDao.getAllForDataCenter(a.getId())).extracting(Cluster::getName)
                .containsExactly("c1", "c2");
        assertThat(clusterDao.getByName("other").getDataCenterId()).isEqualTo(b.getId());
    }

    @Test
    void networksKeepTheirAttributesAndAreScopedToTheDataCenter() {
        DataCenter dc = dataCenter("dc");
        Network n = network(dc, "sriov");
        n.setVlanId(100);
        n.setMtu(9000);
        n.setExternal(false);
        n.setVmNetwork(true);
        flushAndClear();

        Network read = networkDao.getByNameInDataCenter("sriov", dc.getId());
        assertThat(read.getVlanId()).isEqualTo(100);
        assertThat(read.getMtu()).isEqualTo(9000);
        assertThat(read.getBridgeName()).isEqualTo("sriov");
        assertThat(networkDao.getAllForDataCenter(dc.getId())).hasSize(1);
        assertThat(networkDao.getByNameInDataCenter("sriov", dataCenter("dc2").getId())).isNull();
    }

    @Test
    void removingADataCenterWithClustersIsRefusedByTheForeignKey() {
        DataCenter dc = dataCenter("dc");
        cluster(dc, "c");
        flushAndClear();

        assertThatThrownBy(() -> dataCenterDao.remove(dc.getId())).hasStackTraceContaining("foreign key");
    }

    @Test
    void staleUpdateIsRejectedWithAnOptimisticLockError() {
        DataCenter dc = dataCenter("dc");
        flushAndClear();
        DataCenter first = dataCenterDao.get(dc.getId());
        em.detach(first);
        DataCenter second = dataCenterDao.get(dc.getId());
        second.setDescription("changed");
        dataCenterDao.update(second);
        flushAndClear();

        first.setDescription("stale");
        assertThatThrownBy(() -> dataCenterDao.update(first)).isInstanceOf(OptimisticLockingFailureException.class);
    }
}
