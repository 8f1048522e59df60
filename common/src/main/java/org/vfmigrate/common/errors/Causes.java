package org.vfmigrate.common.errors;

/** The innermost cause of a failure, which is what a one-line message should say. */
public final class Causes {

    private Causes() {
    }

    /** The message of the innermost cause, or its class name when it has none. */
    public static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getName();
    }
}
