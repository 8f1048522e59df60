package org.vfmigrate.common.auditlog;

/** Severity of an audit log entry, as the oVirt events API names them. */
public enum AuditLogSeverity {
    NORMAL, WARNING, ERROR, ALERT
}
