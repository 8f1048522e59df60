package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.vfmigrate.backend.restapi.model.Fault;

/** Which form a fault takes for an {@code Accept} header. */
class FaultRepresentationTest {

    @ParameterizedTest(name = "Accept: {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "none                                     | XML",
        "*/*                                      | XML",
        "application/xml                          | XML",
        "application/json                         | JSON",
        "application/*                            | XML",
        "application/json, application/xml        | JSON",
        "application/xml;q=0.5, application/json  | JSON",
        "application/json;q=0, */*;q=0.1          | XML",
        "text/plain, application/json;q=0.2       | JSON",
        "text/plain                               | XML",
        "image/png                                | XML",
        "not a media type                         | XML"})
    void theClientsPreferenceBetweenXmlAndJsonDecidesAndXmlIsTheDefault(String accept, FaultRepresentation expected) {
        assertThat(FaultRepresentation.acceptedBy(accept)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', value = {
        "XML  | application/xml",
        "JSON | application/json"})
    void theResponseCarriesTheFaultWithItsContentTypeSet(FaultRepresentation representation, String contentType) {
        Fault fault = new Fault("Not acceptable", "why");

        ResponseEntity<Fault> r = representation.response(HttpStatus.NOT_ACCEPTABLE, fault);

        assertThat(r.getStatusCode().value()).isEqualTo(406);
        assertThat(r.getHeaders().getContentType()).hasToString(contentType);
        assertThat(r.getBody()).isSameAs(fault);
    }
}
