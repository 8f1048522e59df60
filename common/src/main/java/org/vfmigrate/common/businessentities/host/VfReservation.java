package org.vfmigrate.common.businessentities.host;

/**
 * Where a VF is in its life: free, held by an engine operation that has not yet attached it (a start, a plug,
 * a migration destination), or attached to its holder's domain on the host.
 */
public enum VfReservation {
    FREE, RESERVED, ATTACHED
}
