package org.vfmigrate.common.businessentities.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A long-running piece of work as oVirt lists it under {@code /jobs}: what it is, who started it, when, and how it
 * ended. A migration's job names its VM and the migration; its progress lives in its {@link Step}s.
 */
@Entity
@Table(name = "jobs")
public class Job {

    @Id
    private UUID id;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobStatus status;

    @Column(name = "start_time", nullable = false)
    private Instant startTime;

    @Column(name = "end_time")
    private Instant endTime;

    @Column(name = "owner_name", length = 255)
    private String ownerName;

    @Column(name = "vm_id")
    private UUID vmId;

    @Column(name = "migration_id")
    private UUID migrationId;

    @Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public Job() {
    }

    public Job(UUID id, String description, String ownerName, Instant startTime) {
        this.id = id;
        this.description = description;
        this.ownerName = ownerName;
        this.startTime = startTime;
        this.status = JobStatus.STARTED;
    }

    /** Ends the job with {@code status} at {@code when}. */
    public void end(JobStatus status, Instant when) {
        this.status = status;
        this.endTime = when;
    }

    public UUID getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public JobStatus getStatus() {
        return status;
    }

    public Instant getStartTime() {
        return startTime;
    }

    public Instant getEndTime() {
        return endTime;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public UUID getVmId() {
        return vmId;
    }

    public void setVmId(UUID vmId) {
        this.vmId = vmId;
    }

    public UUID getMigrationId() {
        return migrationId;
    }

    public void setMigrationId(UUID migrationId) {
        this.migrationId = migrationId;
    }
}
