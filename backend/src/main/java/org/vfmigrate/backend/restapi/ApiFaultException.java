package org.vfmigrate.backend.restapi;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the fault's status, reason and detail. Never a 5xx. */
public class ApiFaultException extends RuntimeException {

    private final HttpStatus status;
    private final String reason;

    public ApiFaultException(HttpStatus status, String reason, String detail) {
        super(detail);
        this.status = status;
        this.reason = reason;
    }

    /** The value is quoted as {@link FaultText#quoted} shows it: short and printable, whatever was sent. */
    public static ApiFaultException badValue(String field, String value, String expected) {
        return new ApiFaultException(HttpStatus.BAD_REQUEST, "Invalid value",
                "Invalid value '" + FaultText.quoted(String.valueOf(value)) + "' for '" + field + "': expected "
                        + expected + ".");
    }

    public static ApiFaultException incomplete(String entity, String fields, String action) {
        return new ApiFaultException(HttpStatus.BAD_REQUEST, "Incomplete parameters",
                entity + " [" + fields + "] required for " + action);
    }

    public static ApiFaultException notFound() {
        return new ApiFaultException(HttpStatus.NOT_FOUND, "Not Found",
                "Entity not found: the requested object does not exist.");
    }

    public HttpStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }
}
