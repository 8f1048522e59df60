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
        m.setUnplugMs(unplug().toMillis());
        m.setMigrationMs(migration().toMillis());
        m.setDowntimeMs(downtime.toMillis());
        m.setDegradedMs(degraded().toMillis());
        m.setOutageMs(outage().toMillis());
    }

    Duration unplug() {
        return Duration.between(started, unplugged);
    }

    Duration migration() {
        return Duration.between(unplugged, migrated);
    }

    Duration plug() {
        return Duration.between(migrated, plugged);
    }

    /** From unplug to plug: the guest runs without its VF. */
    Duration degraded() {
        return Duration.between(unplugged, plugged);
    }

    Duration outage() {
        return legacyNics ? degraded() : Duration.ZERO;
    }
}
