package org.vfmigrate.dal.db;

import org.vfmigrate.common.errors.EngineException;

/**
 * A configuration value the engine cannot use. Its message is one line naming the key, the value and what
 * would be accepted, and is what the launcher prints instead of a stack trace.
 */
public class InvalidSettingException extends EngineException {

    public InvalidSettingException(String message) {
        super(message);
    }

    public InvalidSettingException(String key, String value, String expected) {
        super(key + "='" + value + "' cannot be used: expected " + expected);
    }

    /** Parses a TCP port or throws naming {@code key}. */
    public static int parsePort(String key, String text) {
        return parsePort(key, text, 1);
    }

    /** Parses a TCP port from {@code lowest} (0 meaning "any free port") to 65535, or throws naming {@code key}. */
    public static int parsePort(String key, String text, int lowest) {
        try {
            int port = Integer.parseInt(text);
            if (port >= lowest && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(key, text, "a port number from " + lowest + " to 65535"
                + (lowest == 0 ? " (0 picks a free port)" : ""));
    }
}
