package org.vfmigrate.common.errors;

/**
 * Root of the engine's unchecked exception hierarchy. Everything that crosses a module boundary as a
 * failure (a host operation, a database conflict, a configuration problem) is one of these, so callers
 * catch one type and read a message that already says what failed where.
 */
public class EngineException extends RuntimeException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
