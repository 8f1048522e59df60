package org.vfmigrate.backend.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Engine-wide beans: the settings and the clock everything time-stamps with. */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

    @Bean
    public EngineSettings engineSettings(Environment environment) {
        return EngineSettings.from(environment);
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
