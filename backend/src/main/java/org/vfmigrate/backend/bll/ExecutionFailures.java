package org.vfmigrate.backend.bll;

import java.sql.SQLException;
import java.util.Locale;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.vfmigrate.common.errors.Causes;
import org.vfmigrate.common.errors.EngineMessage;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.vdsbroker.host.HostOperationException;

/**
 * Turns an exception thrown while executing a command into the failure the caller sees. Races that validation
 * could not see (a concurrent insert of the same name, a stale version) become conflicts with clear texts; the
 * database constraints are the backstop that catches them. The database's own text (SQL, constraint and table
 * names) never reaches the caller: it says nothing a client can act on, and the engine log has it.
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
            if (Causes.rootMessage(e).toLowerCase(Locale.ROOT).contains("name_unique")) {
                return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED);
            }
            return ValidationResult.failWith(EngineMessage.ACTION_TYPE_FAILED_CONSTRAINT_VIOLATION, "Detail",
                    constraintKind(sqlState(e)));
        }
        if (e instanceof DataAccessException || sqlState(e) != null) {
            return ValidationResult.failWith(EngineMessage.ENGINE_INTERNAL_ERROR, "Detail",
                    "the database failed to carry it out (the engine log has the details)");
        }
        return ValidationResult.failWith(EngineMessage.ENGINE_INTERNAL_ERROR, "Detail",
                firstLine(Causes.rootMessage(e)));
    }

    /** What kind of integrity rule the change broke, in words, from the SQL state (PostgreSQL's class 23). */
    static String constraintKind(String sqlState) {
        if ("23503".equals(sqlState)) {
            return "other objects still refer to it, or it refers to one that no longer exists";
        }
        if ("23505".equals(sqlState)) {
            return "another object already has one of its unique values";
        }
        return "the data would become inconsistent";
    }

    /** The SQL state of the innermost database error in the chain, or null when there is none. */
    private static String sqlState(Throwable e) {
        String state = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                state = sql.getSQLState();
            }
        }
        return state;
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
