package org.vfmigrate.dal.dao;

import java.util.List;
import org.vfmigrate.common.businessentities.AuditLog;

/** The audit log: append and read back, newest first. */
public interface AuditLogDao {

    void save(AuditLog entry);

    /** Up to {@code max} entries, newest first. */
    List<AuditLog> getLatest(int max);

    /** Entries with an id greater than {@code afterId}, oldest first (for "what happened since"). */
    List<AuditLog> getAllAfter(long afterId, int max);
}
