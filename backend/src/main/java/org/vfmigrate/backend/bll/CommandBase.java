package org.vfmigrate.backend.bll;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * The base of every command: {@link #validate()} (no side effects; the first failing rule wins), then
 * {@link #execute()} in the same transaction, then an audit entry for the outcome. Subclasses are prototype
 * beans with their collaborators injected through the constructor; {@link Backend} hands them their parameters.
 * A database rollback does not reach a host, so every host side effect is recorded with its inverse as it is
 * made ({@link #onFailureUndo}); if the command fails, the inverses run newest first, then
 * {@link #recordTruthAfterFailure()} writes what the host really looks like in a transaction of its own.
 */
public abstract class CommandBase<P extends ActionParametersBase> {

    private static final Logger log = LoggerFactory.getLogger(CommandBase.class);
    private final Deque<Runnable> undoStack = new ArrayDeque<>();

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

    /** Records the inverse of a host side effect just made; it runs if the command fails after all. */
    protected void onFailureUndo(Runnable inverse) {
        undoStack.push(inverse);
    }

    /**
     * After a failure and the undo: writes the state the hosts really are in (a failed undo can leave one
     * half-done). Runs in its own transaction; nothing by default.
     */
    protected void recordTruthAfterFailure() {
    }

    final void undo() {
        while (!undoStack.isEmpty()) {
            try {
                undoStack.pop().run();
            } catch (RuntimeException e) {
                log.warn("{}: undo step failed: {}", actionType, e.getMessage());
            }
        }
    }

    /** Placeholders and ids for this command's audit entry. */
    protected AuditContext audit() {
        return auditContext;
    }

    AuditContext auditContext() {
        return auditContext;
    }
}
