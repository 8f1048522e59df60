package org.vfmigrate.common.businessentities.job;

/** Where a job or one of its steps is, with oVirt's names: started (running), then finished, failed or aborted. */
public enum JobStatus {
    STARTED, FINISHED, FAILED, ABORTED;

    public boolean isEnded() {
        return this != STARTED;
    }
}
