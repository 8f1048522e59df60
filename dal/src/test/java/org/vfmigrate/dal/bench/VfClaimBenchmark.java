package org.vfmigrate.dal.bench;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.host.PhysicalFunctionRecord;
import org.vfmigrate.dal.testing.DalTestApplication;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * VF claims per second under contention on the real (embedded) PostgreSQL: 8 threads, each for NICs of its own,
 * claim a VF on one host with 64 VFs and give it back, each step its own committed transaction — the claim is
 * the DAO's single {@code UPDATE … FOR UPDATE SKIP LOCKED} statement the engine uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VfClaimBenchmark {

    private static final int VFS = 64;
    private static final int NICS = 256;

    private ConfigurableApplicationContext context;
    private HostDeviceDao dao;
    private TransactionTemplate tx;
    private UUID host;
    private UUID network;
    private UUID vm;
    private UUID[] nics;
    private final AtomicInteger threadsSeen = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() {
        TestDatabase db = TestDatabase.get();
        context = new SpringApplicationBuilder(DalTestApplication.class).properties("VFMIGRATE_DB_URL=" + db.jdbcUrl(),
                "VFMIGRATE_DB_USER=postgres", "VFMIGRATE_DB_PASSWORD=", "VFMIGRATE_DB_POOL_SIZE=16",
                "logging.level.root=WARN").run();
        dao = context.getBean(HostDeviceDao.class);
        tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        db.truncateAll();
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        UUID dc = UUID.randomUUID();
        UUID cluster = UUID.randomUUID();
        host = UUID.randomUUID();
        network = UUID.randomUUID();
        vm = UUID.randomUUID();
        jdbc.update("insert into data_centers (id, name, compatibility_version) values (?, 'dc', '4.6')", dc);
        jdbc.update("insert into clusters (id, name, data_center_id, compatibility_version) values (?, 'c', ?, '4.6')",
                cluster, dc);
        jdbc.update("insert into networks (id, name, data_center_id) values (?, 'sriov', ?)", network, dc);
        jdbc.update("insert into hosts (id, name, address, cluster_id, status) values (?, 'h', 'sim://h', ?, 'UP')",
                host, cluster);
        jdbc.update("insert into vms (id, name, cluster_id) values (?, 'vm', ?)", vm, cluster);
        nics = new UUID[NICS];
        for (int i = 0; i < NICS; i++) {
            nics[i] = UUID.randomUUID();
            jdbc.update("insert into vm_interfaces (id, vm_id, name, mac_address, type) values (?, ?, ?, ?, 'PCI_PASSTHROUGH')",
                    nics[i], vm, "nic" + i, String.format("56:6f:00:00:%02x:%02x", i / 256, i % 256));
        }
        List<String> vfs = java.util.stream.IntStream.range(0, VFS)
                .mapToObj(i -> String.format("0000:3b:%02x.%x", 2 + i / 8, i % 8)).toList();
        tx.executeWithoutResult(s -> dao.syncInventory(host,
                List.of(new PhysicalFunctionRecord("0000:3b:00.0", "ens1f0", Set.of(network), vfs))));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
        TestDatabase.get().truncateAll();
    }

    /**
     * The NICs of one benchmark thread: its own slice of the 256, taken in turn, so that no two threads ever claim
     * for the same NIC (a NIC holds one VF per host; a shared counter let a stalled thread meet another on a NIC).
     */
    @State(Scope.Thread)
    public static class ThreadNics {

        private static final int THREADS = 8;
        private int first;
        private int next;

        @Setup(Level.Trial)
        public void pickSlice(VfClaimBenchmark benchmark) {
            first = Math.floorMod(benchmark.threadsSeen.getAndIncrement(), THREADS) * (NICS / THREADS);
        }

        UUID nextNic(UUID[] nics) {
            return nics[first + next++ % (NICS / THREADS)];
        }
    }

    @Benchmark
    @Threads(ThreadNics.THREADS)
    public boolean claimAndRelease(ThreadNics mine) {
        UUID nic = mine.nextNic(nics);
        UUID claimed = tx.execute(s -> dao.claimFreeVf(host, network, vm, nic, VfReservation.RESERVED, Instant.now())
                .map(HostDevice::getId).orElse(null));
        if (claimed != null) {
            tx.executeWithoutResult(s -> dao.release(claimed));
        }
        return claimed != null;
    }
}
