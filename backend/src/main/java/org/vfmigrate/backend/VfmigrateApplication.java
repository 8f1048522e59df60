package org.vfmigrate.backend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.vfmigrate.backend.config.SettingsCheck;
import org.vfmigrate.dal.DalConfiguration;

/**
 * The vfmigrate engine: the data access layer, the command framework and the oVirt-style REST API in one
 * process. Flyway runs from the data access layer before Hibernate, so Boot's own Flyway wiring is off.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
@Import(DalConfiguration.class)
@EnableScheduling
public class VfmigrateApplication {

    public static void main(String[] args) {
        try {
            SpringApplication app = new SpringApplication(VfmigrateApplication.class);
            app.addListeners(new SettingsCheck());
            app.run(args);
        } catch (Throwable t) {
            System.exit(StartupFailure.report(t, System.err));
        }
    }
}
