package org.vfmigrate.dal;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.vfmigrate.common.businessentities.Identifiable;
import org.vfmigrate.dal.db.DatabaseConfiguration;

/** The data access layer as one import: the database, the entities of {@code common}, and every DAO. */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseConfiguration.class)
@ComponentScan(basePackages = "org.vfmigrate.dal.dao")
@EntityScan(basePackageClasses = Identifiable.class)
@PropertySource("classpath:vfmigrate-dal.properties")
public class DalConfiguration {
}
