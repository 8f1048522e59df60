package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.ApiValues;
import org.vfmigrate.backend.restapi.mapper.JobMapper;
import org.vfmigrate.backend.restapi.model.Job;
import org.vfmigrate.backend.restapi.model.Jobs;
import org.vfmigrate.backend.restapi.model.Step;
import org.vfmigrate.backend.restapi.model.Steps;
import org.vfmigrate.common.queries.IdQueryParameters;
import org.vfmigrate.common.queries.LatestQueryParameters;
import org.vfmigrate.common.queries.QueryType;

/**
 * {@code /jobs}: the engine's jobs, newest first ({@code ?max=N}, default 100, at most 500), each with
 * {@code /steps} in order. Read-only: jobs are started by the actions they follow (a migration, for one).
 */
@RestController
@RequestMapping(path = ApiPaths.JOBS, produces = {XML, JSON})
public class JobsResource {

    static final int DEFAULT_MAX = 100;
    static final int MOST = 500;

    private final BackendGateway gateway;

    public JobsResource(BackendGateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    public Jobs list(@RequestParam(required = false) String max) {
        Integer limit = ApiValues.parseAtLeast("max", max, 1);
        if (limit != null && limit > MOST) {
            throw ApiFaultException.badValue("max", max, "a whole number from 1 to " + MOST);
        }
        List<org.vfmigrate.common.businessentities.job.Job> jobs = gateway.query(QueryType.GET_LATEST_JOBS,
                new LatestQueryParameters(limit == null ? DEFAULT_MAX : limit));
        return new Jobs(jobs.stream().map(JobMapper::toModel).toList());
    }

    @GetMapping("/{id}")
    public Job get(@PathVariable String id) {
        return JobMapper.toModel(job(id));
    }

    @GetMapping("/{id}/steps")
    public Steps steps(@PathVariable String id) {
        return new Steps(stepsOf(job(id)).stream().map(JobMapper::toModel).toList());
    }

    @GetMapping("/{id}/steps/{stepId}")
    public Step step(@PathVariable String id, @PathVariable String stepId) {
        java.util.UUID wanted = ApiValues.parseId("id", stepId);
        return stepsOf(job(id)).stream().filter(s -> s.getId().equals(wanted)).findFirst()
                .map(JobMapper::toModel).orElseThrow(ApiFaultException::notFound);
    }

    private org.vfmigrate.common.businessentities.job.Job job(String id) {
        return gateway.getOr404(QueryType.GET_JOB_BY_ID, id);
    }

    private List<org.vfmigrate.common.businessentities.job.Step> stepsOf(
            org.vfmigrate.common.businessentities.job.Job job) {
        return gateway.query(QueryType.GET_STEPS_BY_JOB_ID, new IdQueryParameters(job.getId()));
    }
}
