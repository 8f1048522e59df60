-- vfmigrate schema, part 4: live migrations, persisted at every phase so that an engine restart can finish or
-- undo them, with per-phase timings; the cluster's migration mode.

CREATE TABLE migrations (
    id                  uuid        PRIMARY KEY,
    vm_id               uuid        NOT NULL REFERENCES vms (id) ON DELETE CASCADE,
    source_host_id      uuid        NOT NULL REFERENCES hosts (id) ON DELETE RESTRICT,
    destination_host_id uuid        NOT NULL REFERENCES hosts (id) ON DELETE RESTRICT,
    mode                varchar(20) NOT NULL,
    phase               varchar(20) NOT NULL,
    started_at          timestamptz NOT NULL,
    finished_at         timestamptz,
    unplug_ms           bigint,
    migration_ms        bigint,
    downtime_ms         bigint,
    degraded_ms         bigint,
    outage_ms           bigint,
    failure             text,
    user_name           varchar(255),
    version             bigint      NOT NULL DEFAULT 0,
    CONSTRAINT migrations_distinct_hosts CHECK (source_host_id <> destination_host_id)
);
CREATE INDEX idx_migrations_vm_id ON migrations (vm_id, started_at DESC);
-- At most one unfinished migration per VM, whatever engine process started it.
CREATE UNIQUE INDEX idx_migrations_one_active_per_vm ON migrations (vm_id) WHERE phase NOT IN ('DONE', 'UNDONE');
CREATE INDEX idx_migrations_active_source ON migrations (source_host_id) WHERE phase NOT IN ('DONE', 'UNDONE');

ALTER TABLE clusters ADD COLUMN migration_mode varchar(20) NOT NULL DEFAULT 'ENGINE_MANAGED';
