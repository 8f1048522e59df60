-- vfmigrate schema, part 7: the cluster's default migration policy (a VM may override it, vms.migration_policy),
-- and the policy each migration ran with.

ALTER TABLE clusters ADD COLUMN migration_policy varchar(30) NOT NULL DEFAULT 'MINIMAL_DOWNTIME';
ALTER TABLE migrations ADD COLUMN policy varchar(30);
