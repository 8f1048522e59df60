package org.vfmigrate.backend.bll.query;

import static org.vfmigrate.common.queries.QueryType.GET_AUDIT_LOG_PAGE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.common.businessentities.AuditLog;
import org.vfmigrate.common.queries.AuditLogPageParameters;
import org.vfmigrate.dal.dao.AuditLogDao;

/**
 * Pages of the audit log, as the events API reads it: newest first; after a given id, the oldest entries after
 * it (so paging forward by the highest id seen skips nothing), still listed newest first.
 */
@Configuration(proxyBeanMethods = false)
public class EventQueries {

    @Bean
    QueryHandler getAuditLogPage(AuditLogDao dao) {
        return QueryHandler.of(GET_AUDIT_LOG_PAGE, p -> page(dao, (AuditLogPageParameters) p));
    }

    private static List<AuditLog> page(AuditLogDao dao, AuditLogPageParameters p) {
        if (p.afterId() == null) {
            return dao.getLatest(p.max());
        }
        List<AuditLog> after = new ArrayList<>(dao.getAllAfter(p.afterId(), p.max()));
        Collections.reverse(after);
        return after;
    }
}
