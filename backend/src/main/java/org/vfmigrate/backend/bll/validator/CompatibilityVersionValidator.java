package org.vfmigrate.backend.bll.validator;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_COMPATIBILITY_VERSION_NOT_SUPPORTED;

import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.validation.ValidationResult;

/** Compatibility versions the engine manages: {@link Version#MIN_SUPPORTED} to {@link Version#MAX_SUPPORTED}. */
public final class CompatibilityVersionValidator {

    private CompatibilityVersionValidator() {
    }

    public static ValidationResult supported(Version version) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_COMPATIBILITY_VERSION_NOT_SUPPORTED,
                        "Version", String.valueOf(version),
                        "MinVersion", Version.MIN_SUPPORTED.toString(),
                        "MaxVersion", Version.MAX_SUPPORTED.toString())
                .unless(version != null && version.isSupported());
    }
}
