-- vfmigrate schema, part 10: two foreign-key columns the scale benchmark (200 hosts, 5,000 VMs; see
-- docs/benchmarks.md) found without an index. Without them each of these look-ups reads the whole table, which
-- grows with the installation.

-- The VFs a VM holds: stopping a VM releases them, removing a VM clears them through the foreign key.
CREATE INDEX idx_host_devices_vm_id ON host_devices (vm_id) WHERE vm_id IS NOT NULL;

-- The devices recorded on a VF: removing a host, or a VF its inventory no longer reports, clears them through
-- the foreign key.
CREATE INDEX idx_vm_devices_host_device_id ON vm_devices (host_device_id) WHERE host_device_id IS NOT NULL;
