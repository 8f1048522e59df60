package org.vfmigrate.dal.testing;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.vfmigrate.dal.DalConfiguration;

/** The data access layer alone, as DAO tests use it. */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = FlywayAutoConfiguration.class)
@Import(DalConfiguration.class)
public class DalTestApplication {
}
