package org.vfmigrate.dal.dao.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.dal.testing.DalTestApplication;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * Sixteen threads, each in its own committed transaction, claim VFs for different NICs on one host that has
 * only four free: exactly four claims win, each gets a different VF, and the database shows the same.
 */
@SpringBootTest(classes = DalTestApplication.class)
class VfClaimConcurrencyIT {

    @Autowired
    HostDeviceDao dao;
    @Autowired
    PlatformTransactionManager tm;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    UUID host;
    UUID network;
    UUID vm;
    List<UUID> nics = new ArrayList<>();

    @BeforeEach
    void fixture() {
        TestDatabase.get().truncateAll();
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(TestDatabase.get().dataSource());
        UUID dc = UUID.randomUUID();
        UUID cluster = UUID.randomUUID();
        network = UUID.randomUUID();
        host = UUID.randomUUID();
        vm = UUID.randomUUID();
        jdbc.update("insert into data_centers (id, name, compatibility_version) values (?, 'dc', '4.6')", dc);
        jdbc.update("insert into clusters (id, name, data_center_id, compatibility_version) values (?, 'c', ?, '4.6')",
                cluster, dc);
        jdbc.update("insert into networks (id, name, data_center_id) values (?, 'sriov', ?)", network, dc);
        jdbc.update("insert into hosts (id, name, address, cluster_id, status) values (?, 'h', 'sim://h', ?, 'UP')",
                host, cluster);
        jdbc.update("insert into vms (id, name, cluster_id) values (?, 'vm', ?)", vm, cluster);
        for (int i = 0; i < 16; i++) {
            UUID nic = UUID.randomUUID();
            jdbc.update("insert into vm_interfaces (id, vm_id, name, mac_address, type) values (?, ?, ?, ?, 'PCI_PASSTHROUGH')",
                    nic, vm, "nic" + i, String.format("56:6f:00:00:01:%02x", i));
            nics.add(nic);
        }
        new TransactionTemplate(tm).executeWithoutResult(s -> dao.syncInventory(host,
                List.of(HostDeviceDaoIT.pf("0000:3b:00.0", Set.of(network), 4))));
    }

    @AfterEach
    void clean() {
        TestDatabase.get().truncateAll();
    }

    @Test
    void sixteenConcurrentClaimsOnFourFreeVfsGiveFourDistinctWinners() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<String>>> results = new ArrayList<>();
        for (UUID nic : nics) {
            results.add(pool.submit(() -> {
                start.await();
                return new TransactionTemplate(tm).execute(s -> dao.claimFreeVf(host, network, vm, nic,
                        VfReservation.RESERVED, Instant.now()).map(HostDevice::getPciAddress));
            }));
        }
        start.countDown();
        List<String> won = new ArrayList<>();
        for (Future<Optional<String>> f : results) {
            f.get(30, TimeUnit.SECONDS).ifPresent(won::add);
        }
        pool.shutdown();

        assertThat(won).hasSize(4).doesNotHaveDuplicates();
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(TestDatabase.get().dataSource());
        assertThat(jdbc.queryForObject("select count(distinct vm_nic_id) from host_devices where reservation = 'RESERVED'",
                Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from host_devices where physical_function_id is not null "
                + "and reservation = 'FREE'", Integer.class)).isZero();
    }
}
