package org.vfmigrate.common.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vfmigrate.common.action.ActionType;

class AuditLogTypeTest {

    @Test
    void everyUserTypeComesInASuccessAndFailurePair() {
        for (AuditLogType t : AuditLogType.values()) {
            if (t.name().startsWith("USER_")) {
                String twin = t.isFailure() ? t.name().substring(0, t.name().length() - "_FAILED".length())
                        : t.name() + "_FAILED";
                assertThat(AuditLogType.valueOf(twin)).as(t.name()).isNotNull();
                assertThat(t.getSeverity()).as(t.name())
                        .isEqualTo(t.isFailure() ? AuditLogSeverity.ERROR : AuditLogSeverity.NORMAL);
            }
        }
    }

    @Test
    void everyActionAuditsItsSuccessAndItsFailure() {
        for (ActionType a : ActionType.values()) {
            assertThat(a.successAudit().isFailure()).as(a.name()).isFalse();
            assertThat(a.failureAudit()).as(a.name()).isEqualTo(AuditLogType.valueOf(a.successAudit().name() + "_FAILED"));
        }
    }

    @Test
    void everyUserActionTextNamesTheUser() {
        for (AuditLogType t : AuditLogType.values()) {
            if (!t.name().startsWith("USER_")) {
                continue;
            }
            assertThat(t.text()).as(t.name()).contains("${UserName}");
        }
    }
}
