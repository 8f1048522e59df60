package org.vfmigrate.backend.restapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} until the engine is ready. The web server listens before the start-up
 * work is done (simulated hosts given back their VMs, unfinished migrations finished or undone, the demo data
 * added), and a request served in that window would see, or change, a half-recovered engine. Ready is the
 * moment Spring Boot publishes {@link ApplicationReadyEvent}, after every start-up listener has run; so a client
 * that polls the API until it answers knows the engine is fully up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class StartupGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private volatile boolean open;

    @EventListener(ApplicationReadyEvent.class)
    public void open() {
        open = true;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return open;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        FaultWriter.write(request.getHeader("Accept"), response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                "The engine is starting (recovering hosts and migrations); try again in a moment.");
    }
}
