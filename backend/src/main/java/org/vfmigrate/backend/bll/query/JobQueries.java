package org.vfmigrate.backend.bll.query;

import static org.vfmigrate.common.queries.QueryType.GET_JOB_BY_ID;
import static org.vfmigrate.common.queries.QueryType.GET_LATEST_JOBS;
import static org.vfmigrate.common.queries.QueryType.GET_STEPS_BY_JOB_ID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.common.queries.LatestQueryParameters;
import org.vfmigrate.dal.dao.job.JobDao;

/** Jobs as the jobs API reads them: the newest first, one by id, and a job's steps in order. */
@Configuration(proxyBeanMethods = false)
public class JobQueries {

    @Bean
    QueryHandler getLatestJobs(JobDao dao) {
        return QueryHandler.of(GET_LATEST_JOBS, p -> dao.getLatest(((LatestQueryParameters) p).max()));
    }

    @Bean
    QueryHandler getJobById(JobDao dao) {
        return QueryHandler.byId(GET_JOB_BY_ID, dao::get);
    }

    @Bean
    QueryHandler getStepsByJobId(JobDao dao) {
        return QueryHandler.byId(GET_STEPS_BY_JOB_ID, dao::getSteps);
    }
}
