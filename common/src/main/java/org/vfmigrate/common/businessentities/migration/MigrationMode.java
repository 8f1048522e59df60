package org.vfmigrate.common.businessentities.migration;

/**
 * Who moves the VF: the engine unplugs it on the source and plugs the reserved one on the destination
 * (the reference flow), or the hypervisor does it itself from a destination XML naming the reserved VF.
 */
public enum MigrationMode {
    ENGINE_MANAGED, HYPERVISOR_MANAGED
}
