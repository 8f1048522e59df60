package org.vfmigrate.backend.migration;

import java.time.Duration;
import java.time.Instant;
import org.vfmigrate.common.businessentities.migration.Migration;

/**
 * The measured phases of one migration: VF unplug, the migration itself, its stop-and-copy downtime, the
 * degraded window (no VF, traffic on the virtio twin) and the outage (no path: only NICs without a failover
 * twin have one, from unplug to plug).
 */
record MigrationTimings(Instant started, Instant unplugged, Instant migrated, Instant plugged, Duration downtime,
        boolean legacyNics) {

    void applyTo(Migration m) {
        m.setUnplugMs(Duration.between(started, unplugged).toMillis());
        m.setMigrationMs(Duration.between(unplugged, migrated).toMillis());
        m.setDowntimeMs(downtime.toMillis());
        long withoutVf = Duration.between(unplugged, plugged).toMillis();
        m.setDegradedMs(withoutVf);
        m.setOutageMs(legacyNics ? withoutVf : 0L);
    }
}
