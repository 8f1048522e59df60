package org.vfmigrate.backend.migration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.businessentities.migration.MigrationMode;

/**
 * Micrometer meters of finished migrations, scraped by Prometheus at {@code /ovirt-engine/api/metrics}: phase
 * durations ({@code vfmigrate.migration.phase}, tagged unplug|migration|plug and mode), the guest-visible windows
 * (downtime, degraded, outage), outcomes by cause, and VFs that could not be plugged back. Every outcome carries
 * the same tag keys ({@code cause} is {@code none} when done), as Prometheus wants one label set per name.
 */
@Component
class MigrationMetrics {

    static final String PHASE = "vfmigrate.migration.phase";
    static final String OUTCOME = "vfmigrate.migration.outcome";
    static final String REPLUG_FAILURES = "vfmigrate.migration.replug.failures";

    static final String REACTION = "vfmigrate.migration.reaction";

    private final MeterRegistry registry;

    MigrationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A migration done, with its timings; {@code notPlugged} VFs stayed unplugged on the destination. */
    void done(MigrationMode mode, MigrationTimings t, int notPlugged) {
        String m = tag(mode);
        phase("unplug", m, t.unplug());
        phase("migration", m, t.migration());
        phase("plug", m, t.plug());
        window("vfmigrate.migration.downtime", "Stop-and-copy downtime of the guest", m, t.downtime());
        window("vfmigrate.migration.degraded", "Time the guest ran without its VFs", m, t.degraded());
        window("vfmigrate.migration.outage", "Time the guest had no network path at all", m, t.outage());
        outcome("done", "none", m);
        replugFailures("destination", m, notPlugged);
    }

    /** A migration undone; {@code notPluggedBack} VFs could not be plugged back on the source. */
    void undone(MigrationMode mode, UndoCause cause, int notPluggedBack) {
        String m = tag(mode);
        outcome("undone", cause.tag(), m);
        replugFailures("source", m, notPluggedBack);
    }

    /**
     * From the host reporting the VM on the destination to the engine asking for the first destination plug
     * (event-driven, no polling): published with its p50 and p99.
     */
    void reaction(MigrationMode mode, Duration took) {
        Timer.builder(REACTION).description("From migration completed to the destination plug request")
                .tag("mode", mode.name().toLowerCase(java.util.Locale.ROOT)).publishPercentiles(0.5, 0.99)
                .register(registry).record(took);
    }

    private void phase(String phase, String mode, Duration took) {
        Timer.builder(PHASE).description("Duration of one migration phase").tag("phase", phase).tag("mode", mode)
                .register(registry).record(took);
    }

    private void window(String name, String description, String mode, Duration took) {
        Timer.builder(name).description(description).tag("mode", mode).register(registry).record(took);
    }

    private void outcome(String outcome, String cause, String mode) {
        Counter.builder(OUTCOME).description("Migrations ended, by outcome and cause").tag("outcome", outcome)
                .tag("cause", cause).tag("mode", mode).register(registry).increment();
    }

    private void replugFailures(String host, String mode, int count) {
        Counter c = Counter.builder(REPLUG_FAILURES).description("VFs left unplugged after a migration's retries")
                .tag("host", host).tag("mode", mode).register(registry);
        if (count > 0) {
            c.increment(count);
        }
    }

    private static String tag(MigrationMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
