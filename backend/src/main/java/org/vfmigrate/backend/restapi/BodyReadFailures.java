package org.vfmigrate.backend.restapi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says why a request body could not be read in words a client can act on, without the parser's internals (class
 * names, feature flags): where the JSON went wrong and what was expected there, which XML rule was broken, or
 * that the body passed the size limit (413).
 */
public final class BodyReadFailures {

    /** Why a body was refused. */
    record Refusal(HttpStatus status, String reason, String detail) {
    }

    private static final String UNREADABLE = "Request syntactically incorrect.";

    private BodyReadFailures() {
    }

    static Refusal of(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestSizeLimitFilter.TooLarge) {
                return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimitFilter.REASON,
                        RequestSizeLimitFilter.DETAIL);
            }
            if (t instanceof JsonProcessingException json) {
                return unreadable(json(json));
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Required request body is missing")) {
            return unreadable("the body is empty; this request needs one");
        }
        if (message.startsWith("I/O error")) {
            return unreadable("the body could not be received");
        }
        return unreadable(XmlReadFailures.describe(e.getMostSpecificCause().getMessage()));
    }

    private static Refusal unreadable(String why) {
        return new Refusal(HttpStatus.BAD_REQUEST, UNREADABLE, "The request body could not be read: " + why + ".");
    }

    /** Why a JSON document could not be read, with where. */
    public static String json(JsonProcessingException e) {
        String where = location(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return "the JSON document passes a limit of this API (" + clean(e.getOriginalMessage()) + ")" + where;
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return "the text at '" + path(format) + "' " + format.getOriginalMessage() + where;
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getOriginalMessage().startsWith("Trailing token")) {
                return "there is more after the JSON document" + where;
            }
            String path = path(mismatch);
            return (path.isEmpty() ? "the document" : "the value at '" + path + "'") + " is not "
                    + expected(mismatch.getTargetType()) + where;
        }
        if (e instanceof JsonMappingException mapping) {
            return "the value at '" + path(mapping) + "' cannot be read" + where;
        }
        return "malformed JSON: " + clean(e.getOriginalMessage()) + where;
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of the expected kind";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object"
                : "of the expected kind";
    }

    private static String location(JsonLocation at) {
        if (at == null || at.getLineNr() < 0) {
            return "";
        }
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** The parser's sentence without its advice on switching features on and without code-quoted names. */
    private static String clean(String message) {
        String text = message == null ? "malformed content" : message;
        for (String cut : new String[] {": enable ", " (start marker at ", " at [Source"}) {
            int at = text.indexOf(cut);
            if (at > 0) {
                text = text.substring(0, at);
            }
        }
        return text.replaceAll(", from `[^`]*`", "").replaceAll("`[^`]*`", "a setting");
    }
}
