package org.vfmigrate.backend.restapi;

/**
 * Text that goes into a fault: one line, no longer than a reader needs, and only characters XML 1.0 can carry,
 * so that a fault quoting hostile input stays short and well-formed in XML and JSON alike.
 */
public final class FaultText {

    /** The most of a refused value a fault quotes. */
    public static final int MAX_QUOTED = 80;
    /** The most a fault's detail says. */
    public static final int MAX_DETAIL = 1000;

    private FaultText() {
    }

    /** A value as a fault quotes it: control and non-XML characters as '?', cut at {@link #MAX_QUOTED}. */
    public static String quoted(String value) {
        return cut(printable(value), MAX_QUOTED);
    }

    /** A detail as a fault carries it: white space runs as one space, non-XML characters as '?', cut. */
    public static String detail(String text) {
        if (text == null) {
            return "malformed content";
        }
        return cut(printable(text.replaceAll("\\s+", " ").trim()), MAX_DETAIL);
    }

    /** Whether XML 1.0 can carry every character of the text (its Char production). */
    public static boolean xmlSafe(String text) {
        return firstUnsafe(text) < 0;
    }

    /** The index of the first character XML 1.0 cannot carry, or -1: a control character, an unpaired surrogate. */
    public static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** "U+0000" for the character at {@code index}. */
    public static String codeOf(String text, int index) {
        return String.format("U+%04X", (int) text.charAt(index));
    }

    private static boolean allowed(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_DETAIL + 1));
        for (int i = 0; i < text.length() && out.length() <= MAX_DETAIL; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed(c) && !Character.isISOControl(c) ? c : '?');
            }
        }
        return out.toString();
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }
}
