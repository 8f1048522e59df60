package org.vfmigrate.common.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.vfmigrate.common.errors.EngineMessage;

/**
 * The immutable outcome of one validation rule: valid, or a failure carrying its {@link EngineMessage} and the
 * values of the message's placeholders. Rules read like the SPEC:
 * {@code failWith(SELF_REFERENCE).when(id.equals(failoverId))}.
 */
public final class ValidationResult {

    public static final ValidationResult VALID = new ValidationResult(null, Map.of());

    private final EngineMessage message;
    private final Map<String, String> variables;

    private ValidationResult(EngineMessage message, Map<String, String> variables) {
        this.message = message;
        this.variables = variables;
    }

    /**
     * A failure with {@code message}; {@code nameValuePairs} alternate placeholder names and values, e.g.
     * {@code failWith(MSG, "ENTITIES_USING_FAILOVER", "a, b")}.
     */
    public static ValidationResult failWith(EngineMessage message, String... nameValuePairs) {
        Objects.requireNonNull(message, "message");
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("placeholder names and values must come in pairs");
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            vars.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return new ValidationResult(message, Collections.unmodifiableMap(vars));
    }

    /** This failure if {@code condition} holds, {@link #VALID} otherwise. */
    public ValidationResult when(boolean condition) {
        return condition ? this : VALID;
    }

    /** This failure unless {@code condition} holds. */
    public ValidationResult unless(boolean condition) {
        return when(!condition);
    }

    public boolean isValid() {
        return message == null;
    }

    /** The failure's message; {@code null} when valid. */
    public EngineMessage getMessage() {
        return message;
    }

    public Map<String, String> getVariables() {
        return variables;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult r && message == r.message && variables.equals(r.variables);
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, variables);
    }

    @Override
    public String toString() {
        return isValid() ? "VALID" : message.name() + variables;
    }
}
