package org.vfmigrate.backend;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.vfmigrate.backend.config.SettingsCheck;
import org.vfmigrate.backend.demo.migration.MigrationDemo;
import org.vfmigrate.dal.DalConfiguration;

/**
 * The vfmigrate engine: the data access layer, the command framework and the oVirt-style REST API in one
 * process. Flyway runs from the data access layer before Hibernate, so Boot's own Flyway wiring is off. With
 * {@code demo} as first argument the program runs {@link MigrationDemo} instead, which starts an engine of its own.
 */
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
@Import(DalConfiguration.class)
@EnableScheduling
public class VfmigrateApplication {

    public static void main(String[] args) {
        if (args.length > 0 && MigrationDemo.COMMAND.equals(args[0])) {
            System.exit(MigrationDemo.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        try {
            SpringApplication app = new SpringApplication(VfmigrateApplication.class);
            app.addListeners(new SettingsCheck());
            app.run(args);
        } catch (Throwable t) {
            System.exit(StartupFailure.report(t, System.err));
        }
    }
}
