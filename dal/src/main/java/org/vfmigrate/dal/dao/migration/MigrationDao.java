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

    /** How many unfinished migrations leave the host. */
    int countActiveFromHost(UUID hostId);
}
