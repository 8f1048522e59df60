package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.dal.testing.TestDatabase;

/** The engine renews its heartbeat on its own, on a thread no periodic job can hold up (tests: every 500 ms). */
class EngineLeaseIT extends EngineTestBase {

    @Autowired
    EngineLease lease;

    @Test
    void theHeartbeatKeepsBeingRenewed() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.get().dataSource());
        Timestamp first = awaitHeartbeat(jdbc, null);

        Timestamp later = awaitHeartbeat(jdbc, first);

        assertThat(later).isAfter(first);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).contains("engine-heartbeat");
    }

    /** The engine's heartbeat once it is newer than {@code after} (the tests empty the table before each test). */
    private Timestamp awaitHeartbeat(JdbcTemplate jdbc, Timestamp after) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var beats = jdbc.queryForList("select heartbeat_at from engine_instances where id = ?", Timestamp.class,
                    lease.self());
            if (!beats.isEmpty() && (after == null || beats.get(0).after(after))) {
                return beats.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no heartbeat renewed within 10 s");
    }
}
