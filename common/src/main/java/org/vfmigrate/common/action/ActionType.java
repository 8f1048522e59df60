package org.vfmigrate.common.action;

import static org.vfmigrate.common.action.ActionEntityType.CLUSTER;
import static org.vfmigrate.common.action.ActionEntityType.DATA_CENTER;
import static org.vfmigrate.common.action.ActionEntityType.HOST;
import static org.vfmigrate.common.action.ActionEntityType.INTERFACE;
import static org.vfmigrate.common.action.ActionEntityType.VM;
import static org.vfmigrate.common.action.ActionEntityType.NETWORK;
import static org.vfmigrate.common.action.ActionEntityType.VNIC_PROFILE;
import static org.vfmigrate.common.action.ActionVerb.ADD;
import static org.vfmigrate.common.action.ActionVerb.REMOVE;
import static org.vfmigrate.common.action.ActionVerb.UPDATE;

import org.vfmigrate.common.auditlog.AuditLogType;

/**
 * Every action the engine runs, with the words its messages use and the audit entries written for its
 * success and its failure.
 */
public enum ActionType {
    ADD_DATA_CENTER(ADD, DATA_CENTER, AuditLogType.USER_ADD_DATA_CENTER),
    UPDATE_DATA_CENTER(UPDATE, DATA_CENTER, AuditLogType.USER_UPDATE_DATA_CENTER),
    REMOVE_DATA_CENTER(REMOVE, DATA_CENTER, AuditLogType.USER_REMOVE_DATA_CENTER),
    ADD_CLUSTER(ADD, CLUSTER, AuditLogType.USER_ADD_CLUSTER),
    UPDATE_CLUSTER(UPDATE, CLUSTER, AuditLogType.USER_UPDATE_CLUSTER),
    REMOVE_CLUSTER(REMOVE, CLUSTER, AuditLogType.USER_REMOVE_CLUSTER),
    ADD_NETWORK(ADD, NETWORK, AuditLogType.USER_ADD_NETWORK),
    UPDATE_NETWORK(UPDATE, NETWORK, AuditLogType.USER_UPDATE_NETWORK),
    REMOVE_NETWORK(REMOVE, NETWORK, AuditLogType.USER_REMOVE_NETWORK),
    ADD_VNIC_PROFILE(ADD, VNIC_PROFILE, AuditLogType.USER_ADD_VNIC_PROFILE),
    UPDATE_VNIC_PROFILE(UPDATE, VNIC_PROFILE, AuditLogType.USER_UPDATE_VNIC_PROFILE),
    REMOVE_VNIC_PROFILE(REMOVE, VNIC_PROFILE, AuditLogType.USER_REMOVE_VNIC_PROFILE),
    ADD_HOST(ADD, HOST, AuditLogType.USER_ADD_HOST),
    UPDATE_HOST(UPDATE, HOST, AuditLogType.USER_UPDATE_HOST),
    REMOVE_HOST(REMOVE, HOST, AuditLogType.USER_REMOVE_HOST),
    ACTIVATE_HOST(ActionVerb.ACTIVATE, HOST, AuditLogType.USER_ACTIVATE_HOST),
    DEACTIVATE_HOST(ActionVerb.DEACTIVATE, HOST, AuditLogType.USER_DEACTIVATE_HOST),
    RUN_VM(ActionVerb.RUN, VM, AuditLogType.USER_RUN_VM),
    STOP_VM(ActionVerb.STOP, VM, AuditLogType.USER_STOP_VM),
    PLUG_VM_INTERFACE(ActionVerb.PLUG, INTERFACE, AuditLogType.USER_ACTIVATE_VM_INTERFACE),
    UNPLUG_VM_INTERFACE(ActionVerb.UNPLUG, INTERFACE, AuditLogType.USER_DEACTIVATE_VM_INTERFACE),
    MIGRATE_VM(ActionVerb.MIGRATE, VM, AuditLogType.USER_MIGRATE_VM),
    CANCEL_MIGRATION(ActionVerb.CANCEL_MIGRATION, VM, AuditLogType.USER_CANCEL_MIGRATION),
    ADD_VM(ADD, VM, AuditLogType.USER_ADD_VM),
    UPDATE_VM(UPDATE, VM, AuditLogType.USER_UPDATE_VM),
    REMOVE_VM(REMOVE, VM, AuditLogType.USER_REMOVE_VM),
    ADD_VM_INTERFACE(ADD, INTERFACE, AuditLogType.USER_ADD_VM_INTERFACE),
    UPDATE_VM_INTERFACE(UPDATE, INTERFACE, AuditLogType.USER_UPDATE_VM_INTERFACE),
    REMOVE_VM_INTERFACE(REMOVE, INTERFACE, AuditLogType.USER_REMOVE_VM_INTERFACE);

    private final ActionVerb verb;
    private final ActionEntityType entityType;
    private final AuditLogType successAudit;

    ActionType(ActionVerb verb, ActionEntityType entityType, AuditLogType successAudit) {
        this.verb = verb;
        this.entityType = entityType;
        this.successAudit = successAudit;
    }

    public ActionVerb verb() {
        return verb;
    }

    public ActionEntityType entityType() {
        return entityType;
    }

    public AuditLogType successAudit() {
        return successAudit;
    }

    public AuditLogType failureAudit() {
        return successAudit.failure();
    }
}
