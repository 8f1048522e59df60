package org.vfmigrate.backend.restapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.vfmigrate.backend.restapi.model.Fault;

/**
 * The form a fault is written in, chosen from the request's {@code Accept} header by quality: JSON when the client
 * prefers it, otherwise XML (also for no header, for {@code *}{@code /*}, and when the client takes neither or its
 * header cannot be read: the oVirt default). The choice is made here, not by content negotiation, so that a fault
 * always has a body, even when the failure is that the resource cannot answer as asked (406).
 */
enum FaultRepresentation {
    XML(MediaType.APPLICATION_XML),
    JSON(MediaType.APPLICATION_JSON);

    private final MediaType mediaType;

    FaultRepresentation(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    /** The one of the two the {@code Accept} header prefers; XML when it takes neither. */
    static FaultRepresentation acceptedBy(String accept) {
        if (accept == null || accept.isBlank()) {
            return XML;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return XML;
        }
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.includes(MediaType.APPLICATION_XML)) {
                return XML;
            }
            if (type.includes(MediaType.APPLICATION_JSON)) {
                return JSON;
            }
        }
        return XML;
    }

    /** The response carrying {@code fault}, its Content-Type set so that no negotiation can refuse it. */
    ResponseEntity<Fault> response(HttpStatusCode status, Fault fault) {
        return ResponseEntity.status(status).contentType(mediaType).body(fault);
    }
}
