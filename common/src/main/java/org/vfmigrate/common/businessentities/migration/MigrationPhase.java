package org.vfmigrate.common.businessentities.migration;

/**
 * Where a migration is, persisted at every step so that an engine restart can finish or undo it. Engine-managed
 * order: RESERVED (destination VFs claimed) → UNPLUGGING (source VFs) → MIGRATING → PLUGGING (destination VFs) →
 * DONE; a failure before the VM left the source goes UNDOING → UNDONE.
 */
public enum MigrationPhase {
    RESERVED, UNPLUGGING, MIGRATING, PLUGGING, DONE, UNDOING, UNDONE;

    public boolean isFinished() {
        return this == DONE || this == UNDONE;
    }
}
