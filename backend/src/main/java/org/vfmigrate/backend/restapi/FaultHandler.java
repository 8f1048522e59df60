package org.vfmigrate.backend.restapi;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * Every failure of an API request becomes an oVirt {@code <fault>} with a 4xx status and a reason a person can
 * act on, with its detail kept short and XML-safe ({@link FaultText}). A 405 lists the allowed methods in
 * {@code Allow}; a 406 is answered in XML, since nothing the client accepts can be. Only a genuine engine bug
 * yields a 500, and it is logged.
 */
@RestControllerAdvice
public class FaultHandler {

    private static final Logger log = LoggerFactory.getLogger(FaultHandler.class);

    @ExceptionHandler(ApiFaultException.class)
    ResponseEntity<Fault> apiFault(ApiFaultException e) {
        return fault(e.getStatus(), e.getReason(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Fault> unreadable(HttpMessageNotReadableException e) {
        BodyReadFailures.Refusal refusal = BodyReadFailures.of(e);
        return fault(refusal.status(), refusal.reason(), refusal.detail());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Fault> unsupportedType(HttpMediaTypeNotSupportedException e) {
        String given = e.getContentType() == null ? "this Content-Type" : "Content-Type " + e.getContentType();
        return fault(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                given + " is not accepted; send application/xml or application/json.");
    }

    /** Nothing the client accepts can be produced, so the fault is in XML, the API's own default. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Fault> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_XML)
                .body(new Fault("Not acceptable", "None of the media types in Accept can be produced here; accept "
                        + (e.getSupportedMediaTypes().isEmpty() ? "application/xml or application/json"
                                : e.getSupportedMediaTypes().toString()) + "."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Fault> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods() == null ? Set.of() : e.getSupportedHttpMethods();
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(allowed.toArray(HttpMethod[]::new))
                .body(new Fault("Method not allowed", FaultText.detail(FaultText.quoted(e.getMethod())
                        + " is not supported here; allowed: " + allowed + ".")));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Fault> noSuchPath() {
        return fault(HttpStatus.NOT_FOUND, "Not Found", "There is no such resource.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Fault> missingParameter(MissingServletRequestParameterException e) {
        return fault(HttpStatus.BAD_REQUEST, "Incomplete parameters",
                "The query parameter '" + FaultText.quoted(e.getParameterName()) + "' is required.");
    }

    @ExceptionHandler({ServletRequestBindingException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Fault> badParameter(Exception e) {
        return fault(HttpStatus.BAD_REQUEST, "Invalid value",
                "A parameter or header of the request is missing or has an invalid value.");
    }

    /**
     * A database rule broken outside a command (commands classify their own): a conflict, told without the
     * database's text, which names constraints and tables and helps no client; the log keeps it.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Fault> dataConflict(DataIntegrityViolationException e) {
        log.warn("An API request broke a database rule: {}", e.getMostSpecificCause().getMessage());
        return fault(HttpStatus.CONFLICT, "Conflict",
                "The request conflicts with the current state of the data; read it again and retry.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Fault> bug(Exception e) {
        log.error("Unexpected failure serving an API request", e);
        return fault(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The engine failed unexpectedly; see its log.");
    }

    private static ResponseEntity<Fault> fault(HttpStatusCode status, String reason, String detail) {
        return ResponseEntity.status(status).body(new Fault(reason, FaultText.detail(detail)));
    }
}
