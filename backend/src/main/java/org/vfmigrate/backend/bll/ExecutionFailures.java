package org.vfmigrate.backend.bll;

import org.vfmigrate.common.errors.Causes;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.vdsbroker.host.HostOperationException;

/**
 * Turns an exception thrown while executing a command into the failure the caller sees. Races that validation
 * could not see (a concurrent insert of the same name, a stale version) become conflicts with clear texts; the
 * database constraints are the backstop that catches them.
 */
final class ExecutionFailures {

    private ExecutionFailures() {
    }

    static ValidationResult classify(RuntimeException e) {
        if (e instanceof ActionFailedException failed) {
            return failed.failure();
        }
        if (e instanceof OptimisticLockingFailureException) {
            return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_OBJECT_MODIFIED_CONCURRENTLY);
        }
        HostOperationException h = hostFailure(e);
        if (h != null) {
            return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_HOST_OPERATION, "HostName", h.host(),
                    "Detail", firstLine(h.detail() != null ? h.detail() : h.getMessage()));
        }
        if (e instanceof DataIntegrityViolationException) {
            String detail = Causes.rootMessage(e);
            if (detail.toLowerCase(Locale.ROOT).contains("name_unique")) {
                return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED);
            }
            return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_CONSTRAINT_VIOLATION, "Detail",
                    firstLine(detail));
        }
        return ValidationResult.failWith(EngineMessage.ENGINE_INTERNAL_ERROR, "Detail", firstLine(Causes.rootMessage(e)));
    }

    private static HostOperationException hostFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HostOperationException h) {
                return h;
            }
        }
        return null;
    }


    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).trim();
    }
}
