package org.vfmigrate.common.queries;

/** What {@code runQuery} returns: the value read, or why it could not be read. */
public record QueryReturnValue(boolean succeeded, Object returnValue, String exceptionString) {

    public static QueryReturnValue of(Object value) {
        return new QueryReturnValue(true, value, null);
    }

    public static QueryReturnValue failed(String reason) {
        return new QueryReturnValue(false, null, reason);
    }

    @SuppressWarnings("unchecked")
    public <T> T getReturnValue() {
        return (T) returnValue;
    }
}
