package org.vfmigrate.backend.restapi.mapper;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.FaultText;
import org.vfmigrate.common.businessentities.Version;

/**
 * Strict parsing of the text values of API bodies and paths: each bad value is refused with a 400 that names
 * the field, the value and what would be accepted.
 */
public final class ApiValues {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,19}");

    private ApiValues() {
    }

    public static Boolean parseBoolean(String field, String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiFaultException.badValue(field, shown(text), "true or false");
        };
    }

    /** A whole number in ASCII digits, optionally signed; Java would also take the digits of other scripts. */
    public static Integer parseInteger(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(wholeNumber(field, text));
        } catch (NumberFormatException e) {
            throw ApiFaultException.badValue(field, shown(text), "a whole number");
        }
    }

    /** As {@link #parseInteger}, for longs. */
    public static Long parseLong(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(wholeNumber(field, text));
        } catch (NumberFormatException e) {
            throw ApiFaultException.badValue(field, shown(text), "a whole number");
        }
    }

    private static String wholeNumber(String field, String text) {
        String trimmed = text.trim();
        if (!WHOLE_NUMBER.matcher(trimmed).matches()) {
            throw ApiFaultException.badValue(field, shown(text), "a whole number");
        }
        return trimmed;
    }

    /** A whole number at least {@code min}; null when absent. */
    public static Integer parseAtLeast(String field, String text, int min) {
        Integer value = parseInteger(field, text);
        if (value != null && value < min) {
            throw ApiFaultException.badValue(field, shown(text), "a whole number of at least " + min);
        }
        return value;
    }

    /** One of the named values, matched exactly as oVirt spells them; null when absent. */
    public static <T> T parseChoice(String field, String text, Map<String, T> choices) {
        if (text == null) {
            return null;
        }
        T value = choices.get(text.trim());
        if (value == null) {
            throw ApiFaultException.badValue(field, shown(text), "one of " + String.join(", ", choices.keySet()));
        }
        return value;
    }

    /** An optional id reference: absent or blank means none. */
    public static UUID parseOptionalId(String field, String text) {
        return text == null || text.isBlank() ? null : parseId(field, text);
    }

    public static UUID parseId(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text.trim());
            if (id.toString().equalsIgnoreCase(text.trim())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw ApiFaultException.badValue(field, shown(text), "a UUID such as 00000000-0000-0000-0000-000000000000");
    }

    public static Version parseVersion(String field, String major, String minor) {
        Integer ma = parseInteger(field + ".major", major);
        Integer mi = parseInteger(field + ".minor", minor);
        if (ma == null || mi == null) {
            throw ApiFaultException.badValue(field, "major=" + major + ", minor=" + minor,
                    "both major and minor, e.g. <version><major>4</major><minor>6</minor></version>");
        }
        if (ma < 0 || mi < 0) {
            throw ApiFaultException.badValue(field, ma + "." + mi, "non-negative numbers");
        }
        return new Version(ma, mi);
    }

    /** The passthrough mode of a profile: {@code enabled} or {@code disabled}. */
    public static Boolean parsePassThroughMode(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "enabled" -> Boolean.TRUE;
            case "disabled" -> Boolean.FALSE;
            default -> throw ApiFaultException.badValue("pass_through.mode", shown(text), "enabled or disabled");
        };
    }

    /** A closed vocabulary, written in lower case with underscores as oVirt writes its enums. */
    public static <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type) {
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        StringBuilder expected = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            expected.append(expected.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        throw ApiFaultException.badValue(field, shown(text), "one of " + expected);
    }

    private static String shown(String text) {
        return FaultText.quoted(text);
    }
}
