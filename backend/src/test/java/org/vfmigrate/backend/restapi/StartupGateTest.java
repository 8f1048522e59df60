package org.vfmigrate.backend.restapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.vfmigrate.backend.testing.Xml;

class StartupGateTest {

    private final StartupGate gate = new StartupGate();

    @Test
    void beforeTheEngineIsReadyARequestIsAnswered503WithRetryAfter() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(new MockHttpServletRequest("GET", ApiPaths.ROOT), response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("1");
        assertThat(Xml.parse(response.getContentAsString()).text("/fault/detail")).startsWith("The engine is starting");
        assertThat(chain.getRequest()).as("passed on").isNull();
    }

    @Test
    void onceReadyEveryRequestPassesThrough() throws Exception {
        gate.open();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        gate.doFilter(new MockHttpServletRequest("POST", ApiPaths.VMS), response, chain);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
