package org.vfmigrate.backend.reliability;

import java.time.Duration;
import org.vfmigrate.backend.process.EngineProcess;

/**
 * How the reliability tests run an engine process: no demo data, and monitoring, evacuation, recovery, heartbeat
 * and plug-back rounds fast enough for a test to wait on them (what a restart or a race leaves behind is cleaned
 * up in seconds rather than minutes); a smaller connection pool, as several engines share a 2-core machine.
 */
final class ChaosEngines {

    static final Duration MONITOR_INTERVAL = Duration.ofMillis(500);

    private ChaosEngines() {
    }

    static EngineProcess configure(EngineProcess engine) {
        return engine.with("VFMIGRATE_DEMO", "false")
                .with("VFMIGRATE_MONITOR_INTERVAL_MS", Long.toString(MONITOR_INTERVAL.toMillis()))
                .with("VFMIGRATE_EVACUATION_INTERVAL_MS", "200")
                .with("VFMIGRATE_RECOVERY_INTERVAL_MS", "1000")
                .with("VFMIGRATE_HEARTBEAT_MS", "500")
                .with("VFMIGRATE_ENGINE_LEASE_MS", "3000")
                .with("VFMIGRATE_REPLUG_BACKOFF_MS", "100")
                .with("VFMIGRATE_UNPLUG_TIMEOUT_S", "5")
                .with("VFMIGRATE_DB_POOL_SIZE", "8");
    }
}
