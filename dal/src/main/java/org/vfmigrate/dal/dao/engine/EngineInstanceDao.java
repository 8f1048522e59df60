package org.vfmigrate.dal.dao.engine;

import java.time.Duration;
import java.util.UUID;

/**
 * The engines that share this database, each with a heartbeat: an engine whose heartbeat is older than the lease
 * is taken for stopped, and its unfinished work is taken over.
 */
public interface EngineInstanceDao {

    /** Records that the engine lives, now by the database clock; adds it on its first heartbeat. */
    void heartbeat(UUID engineId, String name);

    /** Whether the engine renewed its heartbeat within the lease. */
    boolean isAlive(UUID engineId, Duration lease);
}
