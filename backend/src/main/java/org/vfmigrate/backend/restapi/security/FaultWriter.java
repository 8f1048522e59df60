package org.vfmigrate.backend.restapi.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.vfmigrate.backend.restapi.RestApiConfiguration;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * Writes a fault from outside Spring MVC (the authentication filter, the start-up gate), in XML or JSON as the
 * client accepts.
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

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String reason,
            String detail) throws IOException {
        response.setStatus(status);
        Fault fault = new Fault(reason, detail);
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("json") && !accept.contains("xml")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), fault);
            return;
        }
        response.setContentType(MediaType.APPLICATION_XML_VALUE);
        try {
            Marshaller m = XML.createMarshaller();
            m.marshal(fault, response.getOutputStream());
        } catch (JAXBException e) {
            throw new IOException("cannot write fault", e);
        }
    }
}
