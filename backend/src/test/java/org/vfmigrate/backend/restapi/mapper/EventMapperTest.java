package org.vfmigrate.backend.restapi.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vfmigrate.common.auditlog.AuditLogType;

/** Event codes: one per audit type, non-negative, and fixed by the type's name alone. */
class EventMapperTest {

    @Test
    void everyAuditTypeHasItsOwnNonNegativeCode() {
        long distinct = Arrays.stream(AuditLogType.values()).mapToInt(EventMapper::code).distinct().count();

        assertThat(distinct).isEqualTo(AuditLogType.values().length);
        assertThat(Arrays.stream(AuditLogType.values()).mapToInt(EventMapper::code)).allMatch(c -> c >= 0);
    }

    @Test
    void aCodeIsPinnedByTheNameAlone() {
        // the CRC-32 of "USER_ADD_HOST" masked to 31 bits; clients may have stored it, so it must never change
        assertThat(EventMapper.code(AuditLogType.USER_ADD_HOST)).isEqualTo(1143899471);
    }
}
