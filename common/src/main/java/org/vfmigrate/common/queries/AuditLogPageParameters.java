package org.vfmigrate.common.queries;

/**
 * Parameters of {@link QueryType#GET_AUDIT_LOG_PAGE}: at most {@code max} entries, newest first; with
 * {@code afterId} only entries after that id (the oldest {@code max} of them, so a reader paging forward by the
 * highest id seen skips nothing).
 */
public record AuditLogPageParameters(Long afterId, int max) implements QueryParametersBase {

    public AuditLogPageParameters {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
    }
}
