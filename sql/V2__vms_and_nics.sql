-- vfmigrate schema, part 2: VMs and their NICs, as far as the vNIC profile rules need them
-- (which VMs use a profile). The VM lifecycle adds its columns in later migrations.

CREATE TABLE vms (
    id         uuid         PRIMARY KEY,
    name       varchar(255) NOT NULL,
    cluster_id uuid         NOT NULL REFERENCES clusters (id) ON DELETE RESTRICT,
    version    bigint       NOT NULL DEFAULT 0,
    CONSTRAINT vms_name_unique UNIQUE (name)
);
CREATE INDEX idx_vms_cluster_id ON vms (cluster_id);

CREATE TABLE vm_interfaces (
    id              uuid        PRIMARY KEY,
    vm_id           uuid        NOT NULL REFERENCES vms (id) ON DELETE CASCADE,
    name            varchar(50) NOT NULL,
    vnic_profile_id uuid        REFERENCES vnic_profiles (id) ON DELETE RESTRICT,
    mac_address     varchar(17) NOT NULL,
    plugged         boolean     NOT NULL DEFAULT true,
    linked          boolean     NOT NULL DEFAULT true,
    type            varchar(20) NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    CONSTRAINT vm_interfaces_name_unique_in_vm UNIQUE (vm_id, name)
);
CREATE INDEX idx_vm_interfaces_vnic_profile_id ON vm_interfaces (vnic_profile_id);
