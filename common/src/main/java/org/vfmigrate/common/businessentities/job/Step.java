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
 * One numbered step of a {@link Job} (for a migration: one per phase), with its own status and a progress from 0
 * to 100. A step starts at 0 and reaches 100 when it finishes; a failed step keeps the progress it had.
 */
@Entity
@Table(name = "steps")
public class Step {

    @Id
    private UUID id;

    @Column(name = "job_id", nullable = false)
    private UUID jobId;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private StepType type;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private JobStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "start_time", nullable = false)
    private Instant startTime;

    @Column(name = "end_time")
    private Instant endTime;

    @Version
    @Column(name = "version", nullable = false)
    private long rowVersion;

    public Step() {
    }

    public Step(UUID id, UUID jobId, int number, StepType type, String description, Instant startTime) {
        this.id = id;
        this.jobId = jobId;
        this.number = number;
        this.type = type;
        this.description = description;
        this.startTime = startTime;
        this.status = JobStatus.STARTED;
    }

    /** Ends the step with {@code status} at {@code when}; a finished step is complete (100). */
    public void end(JobStatus status, Instant when) {
        this.status = status;
        this.endTime = when;
        if (status == JobStatus.FINISHED) {
            this.progress = 100;
        }
    }

    /**
     * Raises a running step's progress to {@code value} (as the host reports it); an ended step, or one already
     * further, keeps its own. Returns whether it changed.
     */
    public boolean advance(int value) {
        if (status != JobStatus.STARTED || value <= progress) {
            return false;
        }
        progress = Math.min(100, value);
        return true;
    }

    public UUID getId() {
        return id;
    }

    public UUID getJobId() {
        return jobId;
    }

    public int getNumber() {
        return number;
    }

    public StepType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }

    public JobStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public Instant getStartTime() {
        return startTime;
    }

    public Instant getEndTime() {
        return endTime;
    }
}
