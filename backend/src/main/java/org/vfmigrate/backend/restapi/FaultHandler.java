package org.vfmigrate.backend.restapi;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * Every failure of an API request becomes an oVirt {@code <fault>} with a 4xx status and a reason a person can
 * act on, with its detail kept short and XML-safe ({@link FaultText}), in XML or JSON as the request's
 * {@code Accept} prefers, XML when it takes neither — also for a 406, where nothing else the client accepts can
 * be produced. A 405 lists the allowed methods in {@code Allow}. Only a genuine engine bug yields a 500, and it is
 * logged.
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

    /**
     * The resource cannot answer in a form the client accepts; the fault itself still comes in one it takes (JSON
     * from {@code /domainxml} to a JSON client), or in XML, the API's own default, when it takes neither.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Fault> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        List<MediaType> supported = e.getSupportedMediaTypes();
        String answers = supported.isEmpty() ? "application/xml or application/json"
                : supported.stream().map(t -> t.getType() + "/" + t.getSubtype()).distinct()
                        .collect(Collectors.joining(" or "));
        String accept = accept();
        return fault(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "This resource answers only " + answers
                + ", which the request does not accept (Accept: " + FaultText.quoted(accept == null ? "none" : accept)
                + ").");
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

    /** The fault in XML or JSON as the request prefers ({@link FaultRepresentation}); XML outside a request. */
    private static ResponseEntity<Fault> fault(HttpStatusCode status, String reason, String detail) {
        return FaultRepresentation.acceptedBy(accept()).response(status, new Fault(reason, FaultText.detail(detail)));
    }

    /** The current request's {@code Accept} header; null without one or outside a request. */
    private static String accept() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getHeader(HttpHeaders.ACCEPT) : null;
    }
}
