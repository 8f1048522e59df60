package org.vfmigrate.dal.db;

import org.vfmigrate.common.errors.Causes;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The engine's database: the server (embedded or external, see {@link DatabaseSettings}) and a pooled
 * {@code DataSource} on it whose schema Flyway has brought up to date before anyone else uses it.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    public DatabaseServer databaseServer(Environment environment) {
        return DatabaseServer.start(DatabaseSettings.from(environment));
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(DatabaseServer server, Environment environment) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setPoolName("vfmigrate");
        config.setMaximumPoolSize(environment.getProperty("VFMIGRATE_DB_POOL_SIZE", Integer.class, 16));
        config.setConnectionTimeout(10_000);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new InvalidSettingException("cannot connect to PostgreSQL at " + server.jdbcUrl() + ": "
                    + Causes.rootMessage(e));
        }
        try {
            SchemaMigrator.migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return dataSource;
    }

}
