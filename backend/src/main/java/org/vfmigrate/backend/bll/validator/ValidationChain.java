package org.vfmigrate.backend.bll.validator;

import java.util.function.Supplier;
import org.vfmigrate.common.validation.ValidationResult;

/** Runs rules in their stated order and stops at the first failure, evaluating later rules only when needed. */
public final class ValidationChain {

    private ValidationChain() {
    }

    @SafeVarargs
    public static ValidationResult firstFailure(Supplier<ValidationResult>... rules) {
        for (Supplier<ValidationResult> rule : rules) {
            ValidationResult result = rule.get();
            if (!result.isValid()) {
                return result;
            }
        }
        return ValidationResult.VALID;
    }
}
