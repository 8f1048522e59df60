package org.vfmigrate.backend.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmigrate.common.businessentities.job.JobStatus.FAILED;
import static org.vfmigrate.common.businessentities.job.JobStatus.FINISHED;
import static org.vfmigrate.common.businessentities.job.JobStatus.STARTED;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.job.Job;
import org.vfmigrate.common.businessentities.job.Step;
import org.vfmigrate.common.businessentities.job.StepType;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.dal.dao.job.JobDao;

/** How a migration's phases become a job's steps, against an in-memory job store. */
class MigrationJobsTest {

    private final InMemoryJobs dao = new InMemoryJobs();
    private final MigrationJobs jobs = new MigrationJobs(dao, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    private final Migration migration = new Migration(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), MigrationMode.ENGINE_MANAGED, Instant.EPOCH);
    private final MigrationPlan plan = new MigrationPlan(migration.getId(), migration.getVmId(), "vm1",
            new Host(migration.getSourceHostId(), "h1", "sim://h1", null),
            new Host(migration.getDestinationHostId(), "h2", "sim://h2", null), MigrationMode.ENGINE_MANAGED,
            org.vfmigrate.common.businessentities.migration.MigrationPolicy.MINIMAL_DOWNTIME, List.of());

    @Test
    void aDoneMigrationFinishesItsJobAndEveryStepInPhaseOrder() {
        migration.setUserName("admin@internal");
        jobs.started(migration, "vm1", "h2");
        enter(MigrationPhase.UNPLUGGING, MigrationPhase.MIGRATING);
        jobs.pluggedAndDone(plan, migration, true);

        Job job = dao.only();
        assertThat(job.getDescription()).isEqualTo("Migrating VM vm1 to h2");
        assertThat(job.getOwnerName()).isEqualTo("admin@internal");
        assertThat(job.getStatus()).isEqualTo(FINISHED);
        assertThat(job.getEndTime()).isNotNull();
        assertThat(steps()).extracting(Step::getType)
                .containsExactly(StepType.UNPLUGGING_VFS, StepType.MIGRATING, StepType.PLUGGING_VFS);
        assertThat(steps()).extracting(Step::getNumber).containsExactly(1, 2, 3);
        assertThat(steps()).allSatisfy(s -> {
            assertThat(s.getStatus()).isEqualTo(FINISHED);
            assertThat(s.getProgress()).isEqualTo(100);
        });
    }

    @Test
    void anUndoneMigrationFailsTheStepItWasInAndTheJob() {
        jobs.started(migration, "vm1", "h2");
        enter(MigrationPhase.UNPLUGGING, MigrationPhase.MIGRATING, MigrationPhase.UNDOING);
        jobs.undone(plan, migration);

        assertThat(dao.only().getStatus()).isEqualTo(FAILED);
        assertThat(steps()).extracting(Step::getStatus).containsExactly(FINISHED, FAILED);
        assertThat(steps().get(1).getProgress()).isZero();
    }

    @Test
    void aVfLeftUnpluggedOnTheDestinationFailsThePluggingStepButNotTheJob() {
        jobs.started(migration, "vm1", "h2");
        enter(MigrationPhase.MIGRATING);
        jobs.pluggedAndDone(plan, migration, false);

        assertThat(dao.only().getStatus()).isEqualTo(FINISHED);
        assertThat(steps()).extracting(Step::getStatus).containsExactly(FINISHED, FAILED);
    }

    @Test
    void aMigrationStartedBeforeJobsExistedGetsItsJobAtItsNextPhaseAndAPhaseEnteredAgainKeepsOneStep() {
        enter(MigrationPhase.MIGRATING, MigrationPhase.MIGRATING);

        assertThat(dao.only().getStatus()).isEqualTo(STARTED);
        assertThat(steps()).extracting(Step::getType).containsExactly(StepType.MIGRATING);
        assertThat(steps().get(0).getStatus()).isEqualTo(STARTED);
    }

    @Test
    void hostProgressRaisesTheRunningMigratingStepOnlyAndNeverLowersIt() {
        jobs.started(migration, "vm1", "h2");
        enter(MigrationPhase.UNPLUGGING);
        jobs.progress(migration.getId(), 40);
        assertThat(steps().get(0).getProgress()).as("not the unplugging step").isZero();

        enter(MigrationPhase.MIGRATING);
        jobs.progress(migration.getId(), 50);
        jobs.progress(migration.getId(), 25);
        assertThat(steps().get(1).getProgress()).isEqualTo(50);
        jobs.progress(migration.getId(), 250);
        assertThat(steps().get(1).getProgress()).isEqualTo(100);

        jobs.undone(plan, migration);
        jobs.progress(migration.getId(), 75);
        assertThat(steps()).extracting(Step::getStatus).containsExactly(FINISHED, FAILED);
        assertThat(steps()).extracting(Step::getProgress).as("an ended step stays where it was").containsExactly(100, 100);
    }

    private void enter(MigrationPhase... phases) {
        for (MigrationPhase phase : phases) {
            jobs.phase(plan, migration, phase);
        }
    }

    private List<Step> steps() {
        return dao.getSteps(dao.only().getId());
    }

    /** Jobs and steps in lists; entities are live objects, as they are inside a transaction. */
    private static final class InMemoryJobs implements JobDao {

        private final List<Job> jobs = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();

        Job only() {
            assertThat(jobs).hasSize(1);
            return jobs.get(0);
        }

        @Override
        public Job get(UUID id) {
            return jobs.stream().filter(j -> j.getId().equals(id)).findFirst().orElse(null);
        }

        @Override
        public void save(Job job) {
            jobs.add(job);
        }

        @Override
        public List<Job> getLatest(int max) {
            return jobs.stream().sorted(Comparator.comparing(Job::getStartTime).reversed()).limit(max).toList();
        }

        @Override
        public Optional<Job> getForMigration(UUID migrationId) {
            return jobs.stream().filter(j -> migrationId.equals(j.getMigrationId())).findFirst();
        }

        @Override
        public void saveStep(Step step) {
            steps.add(step);
        }

        @Override
        public List<Step> getSteps(UUID jobId) {
            return steps.stream().filter(s -> s.getJobId().equals(jobId))
                    .sorted(Comparator.comparingInt(Step::getNumber)).toList();
        }

        @Override
        public int advanceRunningStep(UUID migrationId, StepType type, int progress) {
            Optional<Job> job = getForMigration(migrationId);
            return job.isEmpty() ? 0 : (int) getSteps(job.get().getId()).stream()
                    .filter(s -> s.getType() == type && s.advance(progress)).count();
        }
    }
}
