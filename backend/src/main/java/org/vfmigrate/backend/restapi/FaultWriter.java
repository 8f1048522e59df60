package org.vfmigrate.backend.restapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.MediaType;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * Writes a fault from outside Spring MVC (the servlet filters, Tomcat's error report valve), in JSON when the
 * client accepts JSON and not XML, in XML otherwise.
 */
public final class FaultWriter {

    private static final ObjectMapper JSON = RestApiConfiguration.apiObjectMapper();
    private static final JAXBContext XML;

    static {
        try {
            XML = JAXBContext.newInstance(Fault.class);
        } catch (JAXBException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FaultWriter() {
    }

    /** Sets the status and writes the fault as the {@code accept} header asks. */
    public static void write(String accept, HttpServletResponse response, int status, String reason, String detail)
            throws IOException {
        response.setStatus(status);
        boolean json = wantsJson(accept);
        response.setContentType(json ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_XML_VALUE);
        write(json, response.getOutputStream(), new Fault(reason, FaultText.detail(detail)));
    }

    /** Writes the fault to {@code out} in JSON or XML. */
    public static void write(boolean json, OutputStream out, Fault fault) throws IOException {
        if (json) {
            JSON.writeValue(out, fault);
            return;
        }
        try {
            Marshaller m = XML.createMarshaller();
            m.marshal(fault, out);
        } catch (JAXBException e) {
            throw new IOException("cannot write fault", e);
        }
    }

    /** JSON when the client accepts JSON and does not accept XML. */
    public static boolean wantsJson(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("xml");
    }
}
