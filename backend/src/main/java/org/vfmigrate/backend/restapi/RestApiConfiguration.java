package org.vfmigrate.backend.restapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * How API bodies are read and written: XML first (the oVirt default, and what a request without
 * {@code Accept} gets), JSON from the same JAXB-annotated types. The XML reader refuses DTDs and external
 * entities outright, which also rules out entity-expansion bombs ({@link ApiXmlConverter}). Both readers stop at
 * {@link ApiXmlConverter#MAX_DEPTH} levels of nesting, and JSON text must be text XML can carry too
 * ({@link ApiTextDeserializer}), so whatever is accepted in one format can be answered in the other.
 */
@Configuration(proxyBeanMethods = false)
public class RestApiConfiguration {

    @Bean
    public HttpMessageConverters apiMessageConverters() {
        ApiXmlConverter xml = new ApiXmlConverter();
        MappingJackson2HttpMessageConverter json = new MappingJackson2HttpMessageConverter(apiObjectMapper());
        return new HttpMessageConverters(false, List.of(new ByteArrayHttpMessageConverter(),
                new StringHttpMessageConverter(), xml, json));
    }

    /**
     * Errors Tomcat reports itself, for requests it refuses before any filter sees them, are faults too
     * ({@link FaultReportValve} as the host's error report valve).
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> faultReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(FaultReportValve.class.getName());
            }
        });
    }

    /**
     * JSON with the XML element names, nulls left out, and no lenient surprises. A wrapped XML list
     * ({@code <faults><fault/></faults>}) is a plain JSON array under the wrapper's name ({@code "faults": []}).
     */
    public static ObjectMapper apiObjectMapper() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(ApiXmlConverter.MAX_DEPTH).build()).build();
        return JsonMapper.builder(factory)
                .addModule(new JakartaXmlBindAnnotationModule())
                .addModule(new SimpleModule("api-text").addDeserializer(String.class, new ApiTextDeserializer()))
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME)
                .build();
    }
}
