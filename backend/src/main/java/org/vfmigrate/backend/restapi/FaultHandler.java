package org.vfmigrate.backend.restapi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * Every failure of an API request becomes an oVirt {@code <fault>} with a 4xx status and a reason a person can
 * act on. Only a genuine engine bug yields a 500, and it is logged.
 */
@RestControllerAdvice
public class FaultHandler {

    private static final Logger log = LoggerFactory.getLogger(FaultHandler.class);
    private static final int MAX_DETAIL = 300;

    @ExceptionHandler(ApiFaultException.class)
    ResponseEntity<Fault> apiFault(ApiFaultException e) {
        return ResponseEntity.status(e.getStatus()).body(new Fault(e.getReason(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Fault> unreadable(HttpMessageNotReadableException e) {
        return fault(HttpStatus.BAD_REQUEST, "Request syntactically incorrect.",
                "The request body could not be read: " + clean(e.getMostSpecificCause().getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Fault> unsupportedType(HttpMediaTypeNotSupportedException e) {
        return fault(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Content-Type " + e.getContentType() + " is not accepted; send application/xml or application/json.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Fault> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return fault(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                e.getMethod() + " is not supported here; allowed: " + e.getSupportedHttpMethods() + ".");
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Fault> noSuchPath() {
        return fault(HttpStatus.NOT_FOUND, "Not Found", "There is no such resource.");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Fault> badParameter(Exception e) {
        return fault(HttpStatus.BAD_REQUEST, "Invalid value", clean(e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Fault> bug(Exception e) {
        log.error("Unexpected failure serving an API request", e);
        return fault(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The engine failed unexpectedly; see its log.");
    }

    private static ResponseEntity<Fault> fault(HttpStatus status, String reason, String detail) {
        return ResponseEntity.status(status).body(new Fault(reason, detail));
    }

    static String clean(String message) {
        if (message == null) {
            return "malformed content";
        }
        String oneLine = message.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
    }
}
