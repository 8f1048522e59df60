package org.vfmigrate.backend.bll;

import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * The base of every command: {@link #validate()} (no side effects; the first failing rule wins), then
 * {@link #execute()} in the same transaction, then an audit entry for the outcome. Subclasses are prototype
 * beans with their collaborators injected through the constructor; {@link Backend} hands them their parameters.
 */
public abstract class CommandBase<P extends ActionParametersBase> {

    private ActionType actionType;
    private P parameters;
    private EngineUser user;
    private final AuditContext auditContext = new AuditContext();

    @SuppressWarnings("unchecked")
    final void init(ActionType type, ActionParametersBase params, EngineUser runAs) {
        this.actionType = type;
        this.parameters = (P) params;
        this.user = runAs;
    }

    /** Checks every rule of the action in its stated order; reads only. */
    protected abstract ValidationResult validate();

    /** Does the work; its return value is the action's return value (e.g. the new id). */
    protected abstract Object execute();

    protected P getParameters() {
        return parameters;
    }

    protected ActionType getActionType() {
        return actionType;
    }

    protected EngineUser getUser() {
        return user;
    }

    /** Placeholders and ids for this command's audit entry. */
    protected AuditContext audit() {
        return auditContext;
    }

    AuditContext auditContext() {
        return auditContext;
    }
}
