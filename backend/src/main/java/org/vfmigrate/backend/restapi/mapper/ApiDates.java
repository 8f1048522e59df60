package org.vfmigrate.backend.restapi.mapper;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates as the oVirt API writes them: {@code 2024-05-01T12:30:00.250Z}, always with milliseconds and an offset.
 * oVirt clients parse exactly this shape (the Java SDK with {@code yyyy-MM-dd'T'HH:mm:ss.SSSXXX}): without the
 * milliseconds they fail, and with more digits they read microseconds as milliseconds and land days off.
 */
public final class ApiDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private ApiDates() {
    }

    /** The instant in UTC; null for none. */
    public static String format(Instant instant) {
        return format(instant, ZoneOffset.UTC);
    }

    /** The instant in the given zone, with that zone's offset; null for none. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.format(instant.atZone(zone));
    }
}
