package org.vfmigrate.backend.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vfmigrate.dal.testing.TestDatabase;

/**
 * The settings of every engine under test: the per-JVM test database, short host timeouts, no demo data, and
 * the periodic jobs (device monitor, inventory, balancing, recovery) left to the tests to drive.
 */
public final class TestEngineSettings {

    public static final String ADMIN_PASSWORD = "admin-secret";
    public static final String USER_PASSWORD = "user-secret";

    private TestEngineSettings() {
    }

    public static Map<String, String> forDataDirectory(Path dataDirectory) {
        TestDatabase db = TestDatabase.get();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("VFMIGRATE_DB_URL", db.jdbcUrl());
        p.put("VFMIGRATE_DB_USER", db.user());
        p.put("VFMIGRATE_DB_PASSWORD", db.password());
        p.put("VFMIGRATE_DB_POOL_SIZE", "8");
        p.put("VFMIGRATE_DATA_DIR", dataDirectory.toString());
        p.put("VFMIGRATE_DEMO", "false");
        p.put("VFMIGRATE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        p.put("VFMIGRATE_USER_PASSWORD", USER_PASSWORD);
        p.put("VFMIGRATE_UNPLUG_TIMEOUT_S", "2");
        p.put("VFMIGRATE_PLUG_TIMEOUT_S", "2");
        p.put("VFMIGRATE_MIGRATION_TIMEOUT_S", "3");
        p.put("VFMIGRATE_MONITOR_INTERVAL_MS", "3600000");
        p.put("VFMIGRATE_INVENTORY_INTERVAL_MS", "3600000");
        p.put("VFMIGRATE_REPLUG_BACKOFF_MS", "20");
        p.put("VFMIGRATE_EVACUATION_INTERVAL_MS", "100");
        p.put("VFMIGRATE_BALANCING_INTERVAL_MS", "3600000");
        p.put("VFMIGRATE_DOWNTIME_STEP_MS", "300");
        // records nothing until a test starts it; one setting for every engine, so Spring shares one context
        p.put("spring.jpa.properties.hibernate.session_factory.statement_inspector", SqlStatementLog.class.getName());
        p.put("VFMIGRATE_HEARTBEAT_MS", "500");
        p.put("VFMIGRATE_ENGINE_LEASE_MS", "5000");
        // an engine context of another test may have stopped mid-migration: tests run recovery themselves
        p.put("VFMIGRATE_RECOVERY_INTERVAL_MS", "3600000");
        // every engine under test can count its statements (SqlStatementLog records only between start and stop), so
        // a test that counts them shares the one engine context instead of starting a second one whose periodic
        // jobs (evacuation, heartbeat) would run on the same database alongside the other tests' engine
        p.put("spring.jpa.properties.hibernate.session_factory.statement_inspector", SqlStatementLog.class.getName());
        return p;
    }
}
