-- vfmigrate schema, part 5: jobs and their steps, as oVirt shows long-running work under /jobs. A migration is
-- one job with one step per phase; the job outlives the migration's VM only as long as the VM exists.

CREATE TABLE jobs (
    id           uuid         PRIMARY KEY,
    description  text         NOT NULL,
    status       varchar(20)  NOT NULL,
    start_time   timestamptz  NOT NULL,
    end_time     timestamptz,
    owner_name   varchar(255),
    vm_id        uuid         REFERENCES vms (id) ON DELETE CASCADE,
    migration_id uuid         REFERENCES migrations (id) ON DELETE CASCADE,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT jobs_status CHECK (status IN ('STARTED', 'FINISHED', 'FAILED', 'ABORTED'))
);
CREATE INDEX idx_jobs_start_time ON jobs (start_time DESC);
-- One job per migration.
CREATE UNIQUE INDEX idx_jobs_migration_id ON jobs (migration_id) WHERE migration_id IS NOT NULL;

CREATE TABLE steps (
    id          uuid         PRIMARY KEY,
    job_id      uuid         NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    number      integer      NOT NULL,
    type        varchar(40)  NOT NULL,
    description text         NOT NULL,
    status      varchar(20)  NOT NULL,
    progress    integer      NOT NULL DEFAULT 0,
    start_time  timestamptz  NOT NULL,
    end_time    timestamptz,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT steps_status CHECK (status IN ('STARTED', 'FINISHED', 'FAILED', 'ABORTED')),
    CONSTRAINT steps_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT steps_number_unique UNIQUE (job_id, number)
);
