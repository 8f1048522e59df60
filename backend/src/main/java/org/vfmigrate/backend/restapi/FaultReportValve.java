package org.vfmigrate.backend.restapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * Tomcat's report of an error no servlet answered (a request it refused before any filter saw it, such as a path
 * with an encoded NUL or slash): an oVirt fault in XML or JSON, instead of Tomcat's HTML page. It never shows
 * what Tomcat knows about the failure, which may quote the request.
 */
public class FaultReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error " + status : known.getReasonPhrase();
        String detail = status == HttpStatus.BAD_REQUEST.value()
                ? "The request was refused before it was read: its URI or headers are malformed."
                : "The request was refused before it was read (" + reason + ").";
        boolean json = FaultWriter.wantsJson(request.getHeader("Accept"));
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            FaultWriter.write(json, body, new Fault(reason, detail));
            response.setContentType(json ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_XML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body.toString(StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot be written any more; there is nobody to tell
        }
    }
}
