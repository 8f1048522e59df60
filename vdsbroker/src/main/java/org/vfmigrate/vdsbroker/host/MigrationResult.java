package org.vfmigrate.vdsbroker.host;

import java.time.Duration;

/**
 * A completed migration.
 *
 * @param vmName the domain
 * @param destinationUri where it runs now
 * @param duration from request to completion
 * @param downtime the stop-and-copy pause
 */
public record MigrationResult(String vmName, String destinationUri, Duration duration, Duration downtime) {
}
