package org.vfmigrate.dal.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;

/**
 * DAO tests on the real PostgreSQL: each test runs in a transaction that is rolled back, so tests are isolated
 * and build exactly the rows they need with the small builders here.
 */
@SpringBootTest(classes = DalTestApplication.class)
@Transactional
public abstract class DaoTestBase {

    @PersistenceContext
    protected EntityManager em;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected DataCenter dataCenter(String name) {
        DataCenter dc = new DataCenter(UUID.randomUUID(), name, Version.V4_6);
        em.persist(dc);
        return dc;
    }

    protected Cluster cluster(DataCenter dc, String name) {
        Cluster c = new Cluster(UUID.randomUUID(), name, dc.getId(), Version.V4_6);
        em.persist(c);
        return c;
    }

    protected Network network(DataCenter dc, String name) {
        Network n = new Network(UUID.randomUUID(), name, dc.getId());
        n.setBridgeName(name.length() > 15 ? name.substring(0, 15) : name);
        em.persist(n);
        return n;
    }

    protected VnicProfile profile(Network network, String name) {
        VnicProfile p = new VnicProfile(UUID.randomUUID(), name, network.getId());
        em.persist(p);
        return p;
    }

    protected VnicProfile failoverProfile(Network network, String name, VnicProfile failover) {
        VnicProfile p = new VnicProfile(UUID.randomUUID(), name, network.getId());
        p.setPassthrough(true);
        p.setMigratable(true);
        p.setFailoverVnicProfileId(failover.getId());
        em.persist(p);
        return p;
    }

    protected void flushAndClear() {
        em.flush();
        em.clear();
    }
}
