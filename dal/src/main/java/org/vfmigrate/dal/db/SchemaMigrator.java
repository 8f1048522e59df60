package org.vfmigrate.dal.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the current schema with the Flyway migrations packaged from {@code sql/} (classpath
 * {@code db/migration}). Run before Hibernate starts, which only validates its mapping against the result.
 */
public final class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrator() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
        return result;
    }
}
