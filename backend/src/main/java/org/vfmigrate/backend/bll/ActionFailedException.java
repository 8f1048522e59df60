package org.vfmigrate.backend.bll;

import org.vfmigrate.common.errors.EngineException;
import org.vfmigrate.common.errors.MessageRenderer;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * A rule that could only be checked while executing (e.g. the last free VF was taken by a concurrent
 * operation between validation and the claim): the command fails with that rule's message, and everything it
 * did is rolled back and undone.
 */
public class ActionFailedException extends EngineException {

    private final ValidationResult failure;

    public ActionFailedException(ValidationResult failure) {
        super(MessageRenderer.substitute(failure.getMessage().text(), failure.getVariables()));
        this.failure = failure;
    }

    public ValidationResult failure() {
        return failure;
    }
}
