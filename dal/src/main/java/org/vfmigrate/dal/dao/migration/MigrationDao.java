package org.vfmigrate.dal.dao.migration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.vfmigrate.common.businessentities.migration.Migration;

/** Live migrations and their phases. */
public interface MigrationDao {

    Migration get(UUID id);

    void save(Migration migration);

    Migration update(Migration migration);

    /** The VM's unfinished migration, if any (there is at most one). */
    Optional<Migration> getActiveForVm(UUID vmId);

    /** The VM's most recent migration, finished or not. */
    Optional<Migration> getLatestForVm(UUID vmId);

    /** The VM's migrations, newest first. */
    List<Migration> getAllForVm(UUID vmId);

    /** Every migration not yet done or undone, oldest first. */
    List<Migration> getUnfinished();

    /**
     * The unfinished migrations no live engine carries, oldest first: those of no engine, those of
     * {@code self} (the caller decides which of its own it still runs), and those whose engine has not renewed
     * its heartbeat within {@code lease}.
     */
    List<Migration> getUnfinishedWithoutLiveEngine(UUID self, java.time.Duration lease);

    /**
     * Makes {@code self} the engine of the migration if {@code previous} still is (null: none); false when
     * another engine took it first.
     */
    boolean takeOver(UUID migrationId, UUID previous, UUID self);

    /** How many unfinished migrations leave the host. */
    int countActiveFromHost(UUID hostId);
}
