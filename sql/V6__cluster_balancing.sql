-- vfmigrate schema, part 6: the cluster's balancing policy for the periodic balancing job.

ALTER TABLE clusters ADD COLUMN balancing_policy varchar(30) NOT NULL DEFAULT 'NONE';
