package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.VfmigrateApplication;
import org.vfmigrate.backend.bll.Backend;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.backend.testing.RunningVmFixture;
import org.vfmigrate.common.action.ActionReturnValue;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.VmIdParameters;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * Two engine processes' worth of engine (two Spring contexts, two connection pools) on one database start VMs
 * for the same scarce VFs at the same time: the database claim decides, so no VF is held twice and exactly as
 * many VMs run as there are VFs.
 */
class TwoEnginesIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;

    @Test
    void twoEnginesStartingVmsForFourVfsNeverShareOne() throws Exception {
        RunningVmFixture f = new RunningVmFixture(this, drivers);
        UUID host = f.host("h1", 4);
        List<UUID> vms = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            vms.add(vmUsing(f.cluster, "vm" + i, f.legacyVf));
        }
        TestDatabase db = TestDatabase.get();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(VfmigrateApplication.class)
                .properties("VFMIGRATE_DB_URL=" + db.jdbcUrl(), "VFMIGRATE_DB_USER=postgres", "VFMIGRATE_DB_PASSWORD=",
                        "VFMIGRATE_DB_POOL_SIZE=6", "VFMIGRATE_PORT=0", "VFMIGRATE_DEMO=false",
                        "VFMIGRATE_ADMIN_PASSWORD=x", "VFMIGRATE_USER_PASSWORD=y",
                        "VFMIGRATE_MONITOR_INTERVAL_MS=3600000", "VFMIGRATE_INVENTORY_INTERVAL_MS=3600000",
                        "VFMIGRATE_DATA_DIR=" + Files.createTempDirectory("vfmigrate-second"))
                .run()) {
            Backend other = second.getBean(Backend.class);
            ExecutorService pool = Executors.newFixedThreadPool(12);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ActionReturnValue>> results = new ArrayList<>();
            for (int i = 0; i < vms.size(); i++) {
                Backend engine = i % 2 == 0 ? backend : other;
                UUID vm = vms.get(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return engine.runAction(ActionType.RUN_VM, VmIdParameters.of(vm));
                }));
            }
            start.countDown();
            int started = 0;
            for (Future<ActionReturnValue> r : results) {
                started += r.get(60, TimeUnit.SECONDS).getSucceeded() ? 1 : 0;
            }
            pool.shutdown();

            assertThat(started).isEqualTo(4);
        }
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        assertThat(jdbc.queryForObject("select count(*) from host_devices where vm_nic_id is not null", Integer.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(distinct vm_nic_id) from host_devices where vm_nic_id is not null",
                Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from vms where status = 'UP'", Integer.class)).isEqualTo(4);
    }
}
