package org.vfmigrate.dal.dao.vm;

import java.util.UUID;

/**
 * MAC addresses per data center: each is held by at most one NIC, and goes back to the pool with the NIC.
 */
public interface MacPoolDao {

    /** Records {@code mac} for the NIC; false when another NIC of the data center holds it. */
    boolean take(UUID dataCenterId, String mac, UUID nicId);

    boolean isTaken(UUID dataCenterId, String mac);

    void releaseForNic(UUID nicId);
}
