package org.vfmigrate.backend.restapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vfmigrate.backend.restapi.security.ApiAuthenticationFilter;

/**
 * Refuses, with a 415 fault, a request whose Content-Type is not one concrete media type ({@code *}{@code /*},
 * {@code application/*}, or no media type at all), which Spring MVC would otherwise fail on while reading the body.
 * Runs after authentication, so an anonymous request still learns first that it must authenticate.
 */
@Component
@Order(ApiAuthenticationFilter.ORDER + 1)
public class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getContentType();
        if (header != null && !concrete(header)) {
            FaultWriter.write(request.getHeader("Accept"), response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type", "Content-Type '" + FaultText.quoted(header)
                            + "' is not a media type the API reads; send application/xml or application/json.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String header) {
        try {
            return MediaType.parseMediaType(header).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
