package org.vfmigrate.backend.restapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.jakarta.xmlbind.JakartaXmlBindAnnotationModule;
import java.util.List;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;

/**
 * How API bodies are read and written: XML first (the oVirt default, and what a request without
 * {@code Accept} gets), JSON from the same JAXB-annotated types. The XML reader refuses DTDs and external
 * entities outright, which also rules out entity-expansion bombs.
 */
@Configuration(proxyBeanMethods = false)
public class RestApiConfiguration {

    @Bean
    public HttpMessageConverters apiMessageConverters() {
        Jaxb2RootElementHttpMessageConverter xml = new Jaxb2RootElementHttpMessageConverter();
        xml.setSupportDtd(false);
        xml.setProcessExternalEntities(false);
        MappingJackson2HttpMessageConverter json = new MappingJackson2HttpMessageConverter(apiObjectMapper());
        return new HttpMessageConverters(false, List.of(new ByteArrayHttpMessageConverter(),
                new StringHttpMessageConverter(), xml, json));
    }

    /**
     * JSON with the XML element names, nulls left out, and no lenient surprises. A wrapped XML list
     * ({@code <faults><fault/></faults>}) is a plain JSON array under the wrapper's name ({@code "faults": []}).
     */
    public static ObjectMapper apiObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JakartaXmlBindAnnotationModule())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME)
                .build();
    }
}
