package org.vfmigrate.dal.dao.job;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.job.Job;
import org.vfmigrate.common.businessentities.job.JobStatus;
import org.vfmigrate.common.businessentities.job.Step;
import org.vfmigrate.common.businessentities.job.StepType;

/** Hibernate implementation of {@link JobDao}. */
@Repository
public class JobDaoImpl implements JobDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Job get(UUID id) {
        return em.find(Job.class, id);
    }

    @Override
    public void save(Job job) {
        em.persist(job);
        em.flush();
    }

    @Override
    public List<Job> getLatest(int max) {
        return em.createQuery("from Job j order by j.startTime desc, j.id", Job.class).setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<Job> getForMigration(UUID migrationId) {
        return em.createQuery("from Job j where j.migrationId = :m", Job.class).setParameter("m", migrationId)
                .getResultStream().findFirst();
    }

    @Override
    public void saveStep(Step step) {
        em.persist(step);
        em.flush();
    }

    @Override
    public List<Step> getSteps(UUID jobId) {
        return em.createQuery("from Step s where s.jobId = :j order by s.number", Step.class)
                .setParameter("j", jobId).getResultList();
    }

    /**
     * A bulk update, so the step's version is not bumped: a phase change that loaded the step before still ends it
     * (with its own progress) instead of failing on a stale version.
     */
    @Override
    public int advanceRunningStep(UUID migrationId, StepType type, int progress) {
        return em.createQuery("update Step s set s.progress = :p where s.type = :t and s.status = :started "
                        + "and s.progress < :p and s.jobId in (select j.id from Job j where j.migrationId = :m)")
                .setParameter("p", progress).setParameter("t", type).setParameter("started", JobStatus.STARTED)
                .setParameter("m", migrationId).executeUpdate();
    }
}
