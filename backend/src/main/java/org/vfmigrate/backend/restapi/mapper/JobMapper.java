package org.vfmigrate.backend.restapi.mapper;

import java.util.Locale;
import java.util.UUID;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.Job;
import org.vfmigrate.backend.restapi.model.JobOwner;
import org.vfmigrate.backend.restapi.model.Link;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.backend.restapi.model.Step;
import org.vfmigrate.common.businessentities.job.JobStatus;

/**
 * Jobs and steps to their oVirt form: statuses in lower case, step types in oVirt's vocabulary with the engine's
 * own as {@code kind}, times as oVirt dates ({@link ApiDates}), the owner by name, and every job linking to its
 * steps. Engine jobs are never external.
 */
public final class JobMapper {

    /**
     * The oVirt step type of every engine step: oVirt clients read {@code type} as a closed vocabulary
     * ({@code validating}, {@code executing}, {@code finalizing}, …), and each of the engine's steps carries out
     * the command, so what it does in particular is its {@code kind}.
     */
    static final String EXECUTING = "executing";

    private JobMapper() {
    }

    public static Job toModel(org.vfmigrate.common.businessentities.job.Job j) {
        Job m = new Job();
        m.id = j.getId().toString();
        m.href = ApiPaths.href(ApiPaths.JOBS, j.getId());
        m.description = j.getDescription();
        m.status = status(j.getStatus());
        m.startTime = ApiDates.format(j.getStartTime());
        m.endTime = ApiDates.format(j.getEndTime());
        m.external = "false";
        m.owner = j.getOwnerName() == null ? null : new JobOwner(j.getOwnerName());
        m.links.add(new Link(stepsHref(j.getId()), "steps"));
        return m;
    }

    public static Step toModel(org.vfmigrate.common.businessentities.job.Step s) {
        Step m = new Step();
        m.id = s.getId().toString();
        m.href = stepsHref(s.getJobId()) + "/" + s.getId();
        m.description = s.getDescription();
        m.type = EXECUTING;
        m.kind = s.getType().name().toLowerCase(Locale.ROOT);
        m.number = String.valueOf(s.getNumber());
        m.status = status(s.getStatus());
        m.progress = String.valueOf(s.getProgress());
        m.startTime = ApiDates.format(s.getStartTime());
        m.endTime = ApiDates.format(s.getEndTime());
        m.external = "false";
        m.job = new Ref(s.getJobId().toString(), ApiPaths.href(ApiPaths.JOBS, s.getJobId()));
        return m;
    }

    public static String stepsHref(UUID jobId) {
        return ApiPaths.sub(ApiPaths.JOBS, jobId, "steps");
    }

    private static String status(JobStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
