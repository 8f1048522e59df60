-- vfmigrate schema, part 8: engines sharing one database, and which engine carries each migration.
-- An engine renews its heartbeat while it lives; a migration whose engine stopped renewing (or that no engine
-- carries) is taken over by the recovery of another engine, or of the same engine after its restart.

CREATE TABLE engine_instances (
    id           uuid         PRIMARY KEY,
    name         varchar(255) NOT NULL,
    started_at   timestamptz  NOT NULL,
    heartbeat_at timestamptz  NOT NULL
);

ALTER TABLE migrations ADD COLUMN engine_id uuid;
CREATE INDEX idx_migrations_unfinished_engine ON migrations (engine_id) WHERE phase NOT IN ('DONE', 'UNDONE');
