package org.vfmigrate.common.action;

import java.util.List;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.common.errors.MessageRenderer;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * What {@code runAction} returns: whether the action succeeded, and if not the failure with its message key,
 * placeholder values and rendered text; on success the action's return value (e.g. a new id).
 */
public final class ActionReturnValue {

    private final ActionType actionType;
    private final boolean succeeded;
    private final boolean validationPassed;
    private final ValidationResult failure;
    private final Object returnValue;

    private ActionReturnValue(ActionType actionType, boolean succeeded, boolean validationPassed,
            ValidationResult failure, Object returnValue) {
        this.actionType = actionType;
        this.succeeded = succeeded;
        this.validationPassed = validationPassed;
        this.failure = failure;
        this.returnValue = returnValue;
    }

    public static ActionReturnValue success(ActionType type, Object returnValue) {
        return new ActionReturnValue(type, true, true, ValidationResult.VALID, returnValue);
    }

    public static ActionReturnValue validationFailed(ActionType type, ValidationResult failure) {
        return new ActionReturnValue(type, false, false, failure, null);
    }

    public static ActionReturnValue executionFailed(ActionType type, ValidationResult failure) {
        return new ActionReturnValue(type, false, true, failure, null);
    }

    public ActionType getActionType() {
        return actionType;
    }

    public boolean getSucceeded() {
        return succeeded;
    }

    /** False when a validation rule refused the action (and nothing was written). */
    public boolean isValid() {
        return validationPassed;
    }

    /** The failure; {@link ValidationResult#VALID} when the action succeeded. */
    public ValidationResult getFailure() {
        return failure;
    }

    /** Message keys of the failure, as oVirt clients expect them. */
    public List<String> getValidationMessages() {
        return failure.isValid() ? List.of() : List.of(failure.getMessage().name());
    }

    /** The failure's message, or {@code null} on success. */
    public EngineMessage getMessage() {
        return failure.getMessage();
    }

    /** The rendered failure texts; empty on success. */
    public List<String> getRenderedMessages() {
        return failure.isValid() ? List.of() : List.of(MessageRenderer.render(failure, actionType));
    }

    @SuppressWarnings("unchecked")
    public <T> T getActionReturnValue() {
        return (T) returnValue;
    }

    @Override
    public String toString() {
        return actionType + (succeeded ? " succeeded" : " failed: " + getRenderedMessages());
    }
}
