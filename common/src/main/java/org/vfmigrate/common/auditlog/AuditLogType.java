package org.vfmigrate.common.auditlog;

import static org.vfmigrate.common.auditlog.AuditLogSeverity.ERROR;
import static org.vfmigrate.common.auditlog.AuditLogSeverity.NORMAL;
import static org.vfmigrate.common.auditlog.AuditLogSeverity.WARNING;

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
            + "(User: ${UserName})"),
    USER_ADD_HOST(NORMAL, "Host ${HostName} was added by ${UserName}."),
    USER_ADD_HOST_FAILED(ERROR, "Failed to add Host ${HostName}. (User: ${UserName})"),
    USER_UPDATE_HOST(NORMAL, "Host ${HostName} was updated by ${UserName}."),
    USER_UPDATE_HOST_FAILED(ERROR, "Failed to update Host ${HostName}. (User: ${UserName})"),
    USER_REMOVE_HOST(NORMAL, "Host ${HostName} was removed by ${UserName}."),
    USER_REMOVE_HOST_FAILED(ERROR, "Failed to remove Host ${HostName}. (User: ${UserName})"),
    USER_ACTIVATE_HOST(NORMAL, "Host ${HostName} was activated by ${UserName}."),
    USER_ACTIVATE_HOST_FAILED(ERROR, "Failed to activate Host ${HostName}: ${Reason}. (User: ${UserName})"),
    USER_DEACTIVATE_HOST(NORMAL, "Host ${HostName} was switched to Maintenance mode by ${UserName}."),
    USER_DEACTIVATE_HOST_FAILED(ERROR, "Failed to switch Host ${HostName} to Maintenance mode. (User: ${UserName})"),
    USER_ADD_VM(NORMAL, "VM ${VmName} was created by ${UserName}."),
    USER_ADD_VM_FAILED(ERROR, "Failed to create VM ${VmName}. (User: ${UserName})"),
    USER_UPDATE_VM(NORMAL, "VM ${VmName} configuration was updated by ${UserName}."),
    USER_UPDATE_VM_FAILED(ERROR, "Failed to update VM ${VmName}. (User: ${UserName})"),
    USER_REMOVE_VM(NORMAL, "VM ${VmName} was removed by ${UserName}."),
    USER_REMOVE_VM_FAILED(ERROR, "Failed to remove VM ${VmName}. (User: ${UserName})"),
    USER_RUN_VM(NORMAL, "VM ${VmName} was started by ${UserName} (Host: ${HostName})."),
    USER_RUN_VM_FAILED(ERROR, "Failed to run VM ${VmName}. (User: ${UserName})"),
    USER_STOP_VM(NORMAL, "VM ${VmName} powered off by ${UserName} (Host: ${HostName})."),
    USER_STOP_VM_FAILED(ERROR, "Failed to power off VM ${VmName}. (User: ${UserName})"),
    USER_ADD_VM_INTERFACE(NORMAL, "Interface ${InterfaceName} (${InterfaceType}) was added to VM ${VmName} by ${UserName}."),
    USER_ADD_VM_INTERFACE_FAILED(ERROR, "Failed to add Interface ${InterfaceName} to VM ${VmName}. (User: ${UserName})"),
    USER_UPDATE_VM_INTERFACE(NORMAL, "Interface ${InterfaceName} of VM ${VmName} was updated by ${UserName}."),
    USER_UPDATE_VM_INTERFACE_FAILED(ERROR, "Failed to update Interface ${InterfaceName} of VM ${VmName}. (User: ${UserName})"),
    USER_REMOVE_VM_INTERFACE(NORMAL, "Interface ${InterfaceName} was removed from VM ${VmName} by ${UserName}."),
    USER_REMOVE_VM_INTERFACE_FAILED(ERROR, "Failed to remove Interface ${InterfaceName} from VM ${VmName}. (User: ${UserName})"),
    USER_ACTIVATE_VM_INTERFACE(NORMAL, "Interface ${InterfaceName} was plugged into VM ${VmName} by ${UserName}."),
    USER_ACTIVATE_VM_INTERFACE_FAILED(ERROR, "Failed to plug Interface ${InterfaceName} into VM ${VmName}; it is ${FinalState}. (User: ${UserName})"),
    USER_DEACTIVATE_VM_INTERFACE(NORMAL, "Interface ${InterfaceName} was unplugged from VM ${VmName} by ${UserName}."),
    USER_DEACTIVATE_VM_INTERFACE_FAILED(ERROR, "Failed to unplug Interface ${InterfaceName} from VM ${VmName}; it is ${FinalState}. (User: ${UserName})"),

    USER_MIGRATE_VM(NORMAL, "Migration of VM ${VmName} from ${HostName} to ${DestinationHostName} was started by "
            + "${UserName}."),
    USER_MIGRATE_VM_FAILED(ERROR, "Failed to migrate VM ${VmName}. (User: ${UserName})"),
    USER_CANCEL_MIGRATION(NORMAL, "Migration of VM ${VmName} was cancelled by ${UserName}."),
    USER_CANCEL_MIGRATION_FAILED(ERROR, "Failed to cancel the migration of VM ${VmName}. (User: ${UserName})"),

    // --- engine-observed events (no user action) ---
    HOST_EVACUATED(NORMAL, "Host ${HostName} has no VMs left and is in maintenance."),
    VM_CANNOT_BE_EVACUATED(WARNING, "VM ${VmName} cannot leave host ${HostName}, which stays preparing for "
            + "maintenance: ${Reason}"),
    VM_MIGRATION_DONE(NORMAL, "Migration of VM ${VmName} to ${DestinationHostName} completed: downtime ${DowntimeMs} ms, "
            + "without VF ${DegradedMs} ms, network outage ${OutageMs} ms."),
    VM_MIGRATION_FAILED(ERROR, "Migration of VM ${VmName} failed while ${Phase}: ${Reason}. The VM keeps running on "
            + "${HostName}; ${Restored}."),
    VM_MIGRATION_NOT_ALL_VM_NICS_WERE_PLUGGED_BACK(ERROR, "After migration of ${VmName}, following vm nics failed to "
            + "be plugged back: ${NamesOfNotRepluggedNics}."),
    VM_INTERFACE_DEVICE_MISSING(WARNING, "Device ${DeviceAlias} of interface ${InterfaceName} of VM ${VmName} is "
            + "missing on host ${HostName}."),
    VM_INTERFACE_DEVICE_BACK(NORMAL, "Device ${DeviceAlias} of interface ${InterfaceName} of VM ${VmName} is "
            + "present again on host ${HostName}."),
    VM_INTERFACE_VF_PLUGGED_BACK(NORMAL, "The VF of interface ${InterfaceName} of VM ${VmName} was missing on host "
            + "${HostName} and has been plugged back."),
    VM_INTERFACE_VF_PLUG_BACK_FAILED(WARNING, "The VF of interface ${InterfaceName} of VM ${VmName} is missing on host "
            + "${HostName} and could not be plugged back: ${Reason}. Its traffic stays on the failover twin, if any."),
    VM_UNMANAGED_INTERFACE(WARNING, "VM ${VmName} on host ${HostName} has an interface the engine does not manage: "
            + "${DeviceAlias} (MAC ${MacAddress})."),
    FAILOVER_GUEST_OS_UNKNOWN(WARNING, "Interface ${InterfaceName} of VM ${VmName} uses failover, but whether guest "
            + "OS ${OsType} can run net_failover is unknown (it needs Linux 4.18+ or VirtIO drivers 0.1.189+)."),
    HOST_VF_MISSING(WARNING, "Host ${HostName} no longer reports virtual function ${PciAddress}, held by VM ${VmName}."),
    HOST_INVENTORY_REFRESH_FAILED(WARNING, "Could not refresh the devices of host ${HostName}: ${Detail}.");


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
