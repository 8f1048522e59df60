package org.vfmigrate.backend.bll.validator;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DESCRIPTION_TOO_LONG;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_MAY_NOT_BE_EMPTY;

import java.util.regex.Pattern;
import org.vfmigrate.common.validation.ValidationResult;

/** The name and description rules every named entity shares. */
public final class EntityNameValidator {

    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private EntityNameValidator() {
    }

    /** Present, of letters, digits, '-', '_' and '.', and at most {@code maxLength} long. */
    public static ValidationResult validName(String name, int maxLength) {
        if (name == null || name.isBlank()) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_MAY_NOT_BE_EMPTY);
        }
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_INVALID, "MaxLength", String.valueOf(maxLength))
                .unless(name.length() <= maxLength && NAME.matcher(name).matches());
    }

    public static ValidationResult validDescription(String description) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_DESCRIPTION_TOO_LONG, "MaxLength",
                String.valueOf(MAX_DESCRIPTION_LENGTH))
                .when(description != null && description.length() > MAX_DESCRIPTION_LENGTH);
    }
}
