package org.vfmigrate.backend.migration;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.businessentities.job.Job;
import org.vfmigrate.common.businessentities.job.JobStatus;
import org.vfmigrate.common.businessentities.job.Step;
import org.vfmigrate.common.businessentities.job.StepType;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.dal.dao.job.JobDao;

/**
 * A migration's job and steps, kept in step with its phases: the job "Migrating VM vm1 to h2" opens with the
 * migration, each phase is one step (unplugging VFs, migrating, plugging VFs) that finishes as the next begins,
 * and the job ends finished when the migration is done or failed, with the step it failed in, when it is undone.
 * Runs inside the caller's transaction ({@link MigrateVmCommand}, {@link MigrationState}), so a phase on disk and
 * its step always agree. A migration from before jobs existed gets its job on its next phase change.
 */
@Component
class MigrationJobs {

    private final JobDao jobDao;
    private final Clock clock;

    MigrationJobs(JobDao jobDao, Clock clock) {
        this.jobDao = jobDao;
        this.clock = clock;
    }

    /** Opens the job of a migration just reserved. */
    void started(Migration migration, String vmName, String destinationName) {
        Job job = new Job(UUID.randomUUID(), "Migrating VM " + vmName + " to " + destinationName,
                migration.getUserName(), migration.getStartedAt());
        job.setVmId(migration.getVmId());
        job.setMigrationId(migration.getId());
        jobDao.save(job);
    }

    /** The migration enters {@code phase}: the running step ends, and the phase's own step starts. */
    void phase(MigrationPlan plan, Migration migration, MigrationPhase phase) {
        Job job = jobOf(plan, migration);
        switch (phase) {
            case UNPLUGGING -> next(job, StepType.UNPLUGGING_VFS,
                    "Unplugging the VFs of VM " + plan.vmName() + " on " + plan.source().getName());
            case MIGRATING -> next(job, StepType.MIGRATING, "Migrating VM " + plan.vmName() + " from "
                    + plan.source().getName() + " to " + plan.destination().getName());
            case UNDOING -> endRunningStep(job, JobStatus.FAILED);
            default -> {
                // RESERVED has no step; PLUGGING and DONE are recorded by pluggedAndDone(), UNDONE by undone()
            }
        }
    }

    /** The host reports the migration {@code percent} done: the running migrating step shows it. */
    void progress(UUID migrationId, int percent) {
        jobDao.advanceRunningStep(migrationId, StepType.MIGRATING, Math.max(0, Math.min(100, percent)));
    }

    /**
     * The VFs were plugged on the destination and the migration is done, in one go: the plugging step is recorded
     * (failed if a VF could not be plugged) and the job finishes.
     */
    void pluggedAndDone(MigrationPlan plan, Migration migration, boolean allPlugged) {
        Job job = jobOf(plan, migration);
        List<Step> steps = new java.util.ArrayList<>(jobDao.getSteps(job.getId()));
        if (steps.stream().noneMatch(s -> s.getType() == StepType.PLUGGING_VFS)) {
            endRunningStep(steps, JobStatus.FINISHED);
            Step plugging = new Step(UUID.randomUUID(), job.getId(), steps.size() + 1, StepType.PLUGGING_VFS,
                    "Plugging the VFs of VM " + plan.vmName() + " on " + plan.destination().getName(), clock.instant());
            jobDao.saveStep(plugging);
            steps.add(plugging);
        }
        endRunningStep(steps, allPlugged ? JobStatus.FINISHED : JobStatus.FAILED);
        job.end(JobStatus.FINISHED, clock.instant());
    }

    /** The migration is undone: the step it was in failed, and so did the job. */
    void undone(MigrationPlan plan, Migration migration) {
        Job job = jobOf(plan, migration);
        endRunningStep(job, JobStatus.FAILED);
        job.end(JobStatus.FAILED, clock.instant());
    }

    private Job jobOf(MigrationPlan plan, Migration migration) {
        Optional<Job> job = jobDao.getForMigration(plan.migrationId());
        if (job.isPresent()) {
            return job.get();
        }
        started(migration, plan.vmName(), plan.destination().getName());
        return jobDao.getForMigration(plan.migrationId()).orElseThrow();
    }

    private void next(Job job, StepType type, String description) {
        List<Step> steps = jobDao.getSteps(job.getId());
        if (steps.stream().anyMatch(s -> s.getType() == type)) {
            return; // a phase entered again (recovery) keeps its one step
        }
        endRunningStep(steps, JobStatus.FINISHED);
        jobDao.saveStep(new Step(UUID.randomUUID(), job.getId(), steps.size() + 1, type, description,
                clock.instant()));
    }

    private void endRunningStep(Job job, JobStatus status) {
        endRunningStep(jobDao.getSteps(job.getId()), status);
    }

    private void endRunningStep(List<Step> steps, JobStatus status) {
        steps.stream().filter(s -> s.getStatus() == JobStatus.STARTED)
                .forEach(s -> s.end(status, clock.instant()));
    }
}
