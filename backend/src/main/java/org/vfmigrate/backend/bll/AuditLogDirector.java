package org.vfmigrate.backend.bll;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.errors.MessageRenderer;
import org.vfmigrate.dal.dao.AuditLogDao;

/** Renders and stores audit log entries, and mirrors each to the engine log. */
@Component
public class AuditLogDirector {

    private static final Logger log = LoggerFactory.getLogger(AuditLogDirector.class);

    private final AuditLogDao auditLogDao;
    private final Clock clock;

    public AuditLogDirector(AuditLogDao auditLogDao, Clock clock) {
        this.auditLogDao = auditLogDao;
        this.clock = clock;
    }

    /** Writes one entry in the caller's transaction. */
    public AuditLog log(AuditLogType type, AuditContext context, EngineUser user) {
        Map<String, String> values = new HashMap<>(context.values());
        values.putIfAbsent("UserName", user.name());
        AuditLog entry = new AuditLog(type, MessageRenderer.substitute(type.text(), values), clock.instant());
        entry.setUserName(user.name());
        context.applyTo(entry);
        auditLogDao.save(entry);
        log.info("[{}] {}", type, entry.getMessage());
        return entry;
    }
}
