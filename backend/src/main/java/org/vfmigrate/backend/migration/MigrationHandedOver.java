package org.vfmigrate.backend.migration;

/**
 * This engine no longer carries the migration: it is stopping (the migration is left, in its persisted phase, to
 * the recovery of the next start), or another engine took it over after this one's lease ran out. The engine
 * then does nothing more to the migration, on the hosts or in the database.
 */
class MigrationHandedOver extends RuntimeException {

    MigrationHandedOver(String message) {
        super(message, null, false, false);
    }
}
