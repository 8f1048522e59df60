package org.vfmigrate.common.auditlog;

import static org.vfmigrate.common.auditlog.AuditLogSeverity.ERROR;
import static org.vfmigrate.common.auditlog.AuditLogSeverity.NORMAL;

/**
 * Typed audit log entries. User actions come in pairs: {@code X} for success and {@code X_FAILED} for failure
 * (a test keeps the pairs complete). Texts use {@code ${Name}} placeholders filled from the command.
 */
public enum AuditLogType {
    USER_ADD_DATA_CENTER(NORMAL, "Data Center ${DataCenterName} was added by ${UserName}."),
    USER_ADD_DATA_CENTER_FAILED(ERROR, "Failed to add Data Center ${DataCenterName}. (User: ${UserName})"),
    USER_UPDATE_DATA_CENTER(NORMAL, "Data Center ${DataCenterName} was updated by ${UserName}."),
    USER_UPDATE_DATA_CENTER_FAILED(ERROR, "Failed to update Data Center ${DataCenterName}. (User: ${UserName})"),
    USER_REMOVE_DATA_CENTER(NORMAL, "Data Center ${DataCenterName} was removed by ${UserName}."),
    USER_REMOVE_DATA_CENTER_FAILED(ERROR, "Failed to remove Data Center ${DataCenterName}. (User: ${UserName})"),

    USER_ADD_CLUSTER(NORMAL, "Cluster ${ClusterName} was added by ${UserName}."),
    USER_ADD_CLUSTER_FAILED(ERROR, "Failed to add Cluster ${ClusterName}. (User: ${UserName})"),
    USER_UPDATE_CLUSTER(NORMAL, "Cluster ${ClusterName} was updated by ${UserName}."),
    USER_UPDATE_CLUSTER_FAILED(ERROR, "Failed to update Cluster ${ClusterName}. (User: ${UserName})"),
    USER_REMOVE_CLUSTER(NORMAL, "Cluster ${ClusterName} was removed by ${UserName}."),
    USER_REMOVE_CLUSTER_FAILED(ERROR, "Failed to remove Cluster ${ClusterName}. (User: ${UserName})"),

    USER_ADD_NETWORK(NORMAL, "Network ${NetworkName} was added to Data Center ${DataCenterName} by ${UserName}."),
    USER_ADD_NETWORK_FAILED(ERROR, "Failed to add Network ${NetworkName} to Data Center ${DataCenterName}. "
            + "(User: ${UserName})"),
    USER_UPDATE_NETWORK(NORMAL, "Network ${NetworkName} was updated by ${UserName}."),
    USER_UPDATE_NETWORK_FAILED(ERROR, "Failed to update Network ${NetworkName}. (User: ${UserName})"),
    USER_REMOVE_NETWORK(NORMAL, "Network ${NetworkName} was removed from Data Center ${DataCenterName} by "
            + "${UserName}."),
    USER_REMOVE_NETWORK_FAILED(ERROR, "Failed to remove Network ${NetworkName} from Data Center "
            + "${DataCenterName}. (User: ${UserName})"),

    USER_ADD_VNIC_PROFILE(NORMAL, "VM network interface profile ${VnicProfileName} was added to network "
            + "${NetworkName} by ${UserName}."),
    USER_ADD_VNIC_PROFILE_FAILED(ERROR, "Failed to add VM network interface profile ${VnicProfileName} to "
            + "network ${NetworkName}. (User: ${UserName})"),
    USER_UPDATE_VNIC_PROFILE(NORMAL, "VM network interface profile ${VnicProfileName} was updated by ${UserName}."),
    USER_UPDATE_VNIC_PROFILE_FAILED(ERROR, "Failed to update VM network interface profile ${VnicProfileName}. "
            + "(User: ${UserName})"),
    USER_REMOVE_VNIC_PROFILE(NORMAL, "VM network interface profile ${VnicProfileName} was removed from network "
            + "${NetworkName} by ${UserName}."),
    USER_REMOVE_VNIC_PROFILE_FAILED(ERROR, "Failed to remove VM network interface profile ${VnicProfileName}. "
            + "(User: ${UserName})");

    private static final String FAILED_SUFFIX = "_FAILED";

    private final AuditLogSeverity severity;
    private final String text;

    AuditLogType(AuditLogSeverity severity, String text) {
        this.severity = severity;
        this.text = text;
    }

    public AuditLogSeverity getSeverity() {
        return severity;
    }

    public String text() {
        return text;
    }

    public boolean isFailure() {
        return name().endsWith(FAILED_SUFFIX);
    }

    /** The failure twin of a success type (itself for a failure type). */
    public AuditLogType failure() {
        return isFailure() ? this : valueOf(name() + FAILED_SUFFIX);
    }
}
