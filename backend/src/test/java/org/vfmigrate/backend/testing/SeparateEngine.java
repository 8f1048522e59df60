package org.vfmigrate.backend.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.vfmigrate.backend.VfmigrateApplication;
import org.vfmigrate.vdsbroker.host.sim.SimEnvironment;

/**
 * Another engine in the test JVM: a context of its own on the test database and the given simulated hosts,
 * with an identity kept in its data directory (the same directory is the same engine restarted). Closing it
 * stops it the way a crash would for its migrations: they stay in their persisted phase and the hosts keep
 * running.
 */
public final class SeparateEngine implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SeparateEngine(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SeparateEngine start(Path dataDirectory, SimEnvironment hosts) {
        Map<String, Object> properties = new HashMap<>(TestEngineSettings.forDataDirectory(dataDirectory));
        properties.put("VFMIGRATE_PORT", "0");
        properties.put("spring.jmx.enabled", "false");
        return new SeparateEngine(new SpringApplicationBuilder(VfmigrateApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .initializers(c -> c.getBeanFactory().registerSingleton("sharedSimulation", hosts))
                .run());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
