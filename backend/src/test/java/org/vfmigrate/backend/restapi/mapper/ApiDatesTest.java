package org.vfmigrate.backend.restapi.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ApiDatesTest {

    @Test
    void finerThanMillisecondsIsCutToMilliseconds() {
        assertThat(ApiDates.format(Instant.parse("2024-05-01T12:30:00.123456789Z")))
                .isEqualTo("2024-05-01T12:30:00.123Z");
    }

    @Test
    void aWholeSecondStillHasItsMilliseconds() {
        assertThat(ApiDates.format(Instant.parse("2024-05-01T12:30:00Z"))).isEqualTo("2024-05-01T12:30:00.000Z");
    }

    @Test
    void aZoneShowsItsOffset() {
        assertThat(ApiDates.format(Instant.parse("2024-07-01T10:00:00.5Z"), ZoneId.of("Europe/Prague")))
                .isEqualTo("2024-07-01T12:00:00.500+02:00");
    }

    @Test
    void noInstantIsNoDate() {
        assertThat(ApiDates.format(null)).isNull();
    }
}
