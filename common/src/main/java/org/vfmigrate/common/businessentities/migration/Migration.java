package org.vfmigrate.common.businessentities.migration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One live migration of a VM, with its phase and per-phase timings: unplug (source VFs gone), migration,
 * stop-and-copy downtime, degraded window (no VF: traffic on the virtio twin) and outage (no path at all).
 */
@Entity
@Table(name = "migrations")
public class Migration {

    @Id
    private UUID id;

    @Column(name = "vm_id", nullable = false)
    private UUID vmId;

    @Column(name = "source_host_id", nullable = false)
    private UUID sourceHostId;

    @Column(name = "destination_host_id", nullable = false)
    private UUID destinationHostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MigrationMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MigrationPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private MigrationPolicy policy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "unplug_ms")
    private Long unplugMs;

    @Column(name = "migration_ms")
    private Long migrationMs;

    @Column(name = "downtime_ms")
    private Long downtimeMs;

    @Column(name = "degraded_ms")
    private Long degradedMs;

    @Column(name = "outage_ms")
    private Long outageMs;

    @Column(name = "failure", columnDefinition = "text")
    private String failure;

    @Column(name = "user_name", length = 255)
    private String userName;

    /** The engine carrying the migration on; another engine takes it over when this one stops renewing its lease. */
    @Column(name = "engine_id")
    private UUID engineId;

    @jakarta.persistence.Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public Migration() {
    }

    public Migration(UUID id, UUID vmId, UUID sourceHostId, UUID destinationHostId, MigrationMode mode, Instant startedAt) {
        this.id = id;
        this.vmId = vmId;
        this.sourceHostId = sourceHostId;
        this.destinationHostId = destinationHostId;
        this.mode = mode;
        this.phase = MigrationPhase.RESERVED;
        this.startedAt = startedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getVmId() {
        return vmId;
    }

    public UUID getSourceHostId() {
        return sourceHostId;
    }

    public UUID getDestinationHostId() {
        return destinationHostId;
    }

    public MigrationMode getMode() {
        return mode;
    }

    public MigrationPhase getPhase() {
        return phase;
    }

    public void setPhase(MigrationPhase phase) {
        this.phase = phase;
    }

    public MigrationPolicy getPolicy() {
        return policy;
    }

    public void setPolicy(MigrationPolicy policy) {
        this.policy = policy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public Long getUnplugMs() {
        return unplugMs;
    }

    public void setUnplugMs(Long unplugMs) {
        this.unplugMs = unplugMs;
    }

    public Long getMigrationMs() {
        return migrationMs;
    }

    public void setMigrationMs(Long migrationMs) {
        this.migrationMs = migrationMs;
    }

    public Long getDowntimeMs() {
        return downtimeMs;
    }

    public void setDowntimeMs(Long downtimeMs) {
        this.downtimeMs = downtimeMs;
    }

    public Long getDegradedMs() {
        return degradedMs;
    }

    public void setDegradedMs(Long degradedMs) {
        this.degradedMs = degradedMs;
    }

    public Long getOutageMs() {
        return outageMs;
    }

    public void setOutageMs(Long outageMs) {
        this.outageMs = outageMs;
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public UUID getEngineId() {
        return engineId;
    }

    public void setEngineId(UUID engineId) {
        this.engineId = engineId;
    }
}
