package org.vfmigrate.common.errors;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.validation.ValidationResult;

/**
 * Renders message texts: {@code ${action}} and {@code ${type}} from the action, every other {@code ${Name}}
 * from the failure's variables. A placeholder without a value is left as written, so a missing value shows
 * instead of silently vanishing.
 */
public final class MessageRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private MessageRenderer() {
    }

    public static String render(ValidationResult failure, ActionType action) {
        return render(failure.getMessage().text(), action, failure.getVariables());
    }

    public static String render(String template, ActionType action, Map<String, String> variables) {
        Map<String, String> values = new HashMap<>(variables);
        if (action != null) {
            values.putIfAbsent("action", action.verb().text());
            values.putIfAbsent("type", action.entityType().text());
        }
        return substitute(template, values);
    }

    /** Replaces each {@code ${name}} that has a value. */
    public static String substitute(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names a template uses, for the tests that keep texts and variables in step. */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
