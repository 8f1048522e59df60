-- vfmigrate schema, part 3: hosts with their SR-IOV inventory and networks, the VM runtime (status, host,
-- guest OS, memory), MAC addresses per data center, and VM devices (a VF NIC's VF and failover twin).

CREATE TABLE hosts (
    id                      uuid          PRIMARY KEY,
    name                    varchar(255)  NOT NULL,
    address                 varchar(1024) NOT NULL,
    cluster_id              uuid          NOT NULL REFERENCES clusters (id) ON DELETE RESTRICT,
    status                  varchar(30)   NOT NULL,
    memory_mib              bigint        NOT NULL DEFAULT 0 CHECK (memory_mib >= 0),
    max_parallel_migrations integer       NOT NULL DEFAULT 2 CHECK (max_parallel_migrations > 0),
    version                 bigint        NOT NULL DEFAULT 0,
    CONSTRAINT hosts_name_unique UNIQUE (name),
    CONSTRAINT hosts_address_unique UNIQUE (address)
);
CREATE INDEX idx_hosts_cluster_id ON hosts (cluster_id);

-- Networks a host can carry: a bridge for VM networks (virtio and failover twins).
CREATE TABLE host_network_attachments (
    host_id     uuid        NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    network_id  uuid        NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    bridge_name varchar(15),
    PRIMARY KEY (host_id, network_id)
);
CREATE INDEX idx_host_network_attachments_network_id ON host_network_attachments (network_id);

ALTER TABLE vms
    ADD COLUMN memory_mib       bigint      NOT NULL DEFAULT 1024 CHECK (memory_mib > 0),
    ADD COLUMN vcpus            integer     NOT NULL DEFAULT 1 CHECK (vcpus > 0),
    ADD COLUMN os_type          varchar(40) NOT NULL DEFAULT 'other_linux',
    ADD COLUMN status           varchar(30) NOT NULL DEFAULT 'DOWN',
    ADD COLUMN run_on_host_id   uuid        REFERENCES hosts (id) ON DELETE RESTRICT,
    ADD COLUMN migration_policy varchar(40);
CREATE INDEX idx_vms_run_on_host_id ON vms (run_on_host_id);

-- SR-IOV physical functions and their virtual functions. A VF's holder (VM and NIC) and its state live here,
-- so that every claim is a database claim: FREE -> RESERVED (an operation holds it) -> ATTACHED (on the host).
CREATE TABLE host_devices (
    id                   uuid        PRIMARY KEY,
    host_id              uuid        NOT NULL REFERENCES hosts (id) ON DELETE CASCADE,
    pci_address          varchar(16) NOT NULL,
    physical_function_id uuid        REFERENCES host_devices (id) ON DELETE CASCADE,
    netdev               varchar(15),
    vm_id                uuid        REFERENCES vms (id) ON DELETE SET NULL,
    vm_nic_id            uuid        REFERENCES vm_interfaces (id) ON DELETE SET NULL,
    reservation          varchar(20) NOT NULL DEFAULT 'FREE',
    reserved_at          timestamptz,
    version              bigint      NOT NULL DEFAULT 0,
    CONSTRAINT host_devices_address_unique UNIQUE (host_id, pci_address),
    CONSTRAINT host_devices_holder_consistent CHECK ((reservation = 'FREE') = (vm_nic_id IS NULL)),
    CONSTRAINT host_devices_only_vfs_are_held CHECK (physical_function_id IS NOT NULL OR vm_nic_id IS NULL)
);
CREATE INDEX idx_host_devices_physical_function_id ON host_devices (physical_function_id);
-- A NIC holds at most one VF per host (its current one, and during migration one on the destination).
CREATE UNIQUE INDEX idx_host_devices_one_vf_per_nic_per_host ON host_devices (vm_nic_id, host_id)
    WHERE vm_nic_id IS NOT NULL;
CREATE INDEX idx_host_devices_free_vfs ON host_devices (host_id) WHERE reservation = 'FREE'
    AND physical_function_id IS NOT NULL;

-- Networks each physical function serves.
CREATE TABLE host_device_networks (
    host_device_id uuid NOT NULL REFERENCES host_devices (id) ON DELETE CASCADE,
    network_id     uuid NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    PRIMARY KEY (host_device_id, network_id)
);
CREATE INDEX idx_host_device_networks_network_id ON host_device_networks (network_id);

-- MAC addresses are unique within a data center; a NIC's row goes with it.
CREATE TABLE mac_addresses (
    data_center_id uuid        NOT NULL REFERENCES data_centers (id) ON DELETE CASCADE,
    mac_address    varchar(17) NOT NULL,
    vm_nic_id      uuid        NOT NULL REFERENCES vm_interfaces (id) ON DELETE CASCADE,
    PRIMARY KEY (data_center_id, mac_address)
);
CREATE UNIQUE INDEX idx_mac_addresses_vm_nic_id ON mac_addresses (vm_nic_id);

-- Devices of a running VM as the engine expects them on the host: a plain NIC, or a VF NIC's VF and its
-- failover twin. Aliases are deterministic from the NIC id; "plugged" is what the host last reported.
CREATE TABLE vm_devices (
    id             uuid        PRIMARY KEY,
    vm_id          uuid        NOT NULL REFERENCES vms (id) ON DELETE CASCADE,
    vm_nic_id      uuid        NOT NULL REFERENCES vm_interfaces (id) ON DELETE CASCADE,
    role           varchar(20) NOT NULL,
    alias          varchar(64) NOT NULL,
    plugged        boolean     NOT NULL DEFAULT false,
    host_device_id uuid        REFERENCES host_devices (id) ON DELETE SET NULL,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT vm_devices_alias_unique_in_vm UNIQUE (vm_id, alias),
    CONSTRAINT vm_devices_role_unique_per_nic UNIQUE (vm_nic_id, role)
);
