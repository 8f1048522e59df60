package org.vfmigrate.dal.dao.job;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vfmigrate.common.businessentities.job.Job;
import org.vfmigrate.common.businessentities.job.Step;
import org.vfmigrate.common.businessentities.job.StepType;

/** Jobs and their steps. */
public interface JobDao {

    Job get(UUID id);

    void save(Job job);

    /** The newest {@code max} jobs, newest first. */
    List<Job> getLatest(int max);

    /** The job that follows the migration, if it has one. */
    Optional<Job> getForMigration(UUID migrationId);

    void saveStep(Step step);

    /** The job's steps in order. */
    List<Step> getSteps(UUID jobId);

    /**
     * Raises the progress of the migration's running step of {@code type} to {@code progress}, as
     * {@link Step#advance} does: a step that has ended, or is already further, is left alone. Returns the number
     * of steps changed (0 or 1).
     */
    int advanceRunningStep(UUID migrationId, StepType type, int progress);
}
