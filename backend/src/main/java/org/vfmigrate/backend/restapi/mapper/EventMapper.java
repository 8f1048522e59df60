package org.vfmigrate.backend.restapi.mapper;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.Event;
import org.vfmigrate.backend.restapi.model.EventUser;
import org.vfmigrate.common.auditlog.AuditLogType;
import org.vfmigrate.common.businessentities.AuditLog;

/**
 * Audit log entries as oVirt events. oVirt clients read {@code code} as a number; the engine's audit types are
 * names, so the code is a checksum of the name: the same for a type in every release whatever types are added
 * around it (a unit test keeps the codes distinct). The type's name itself is the event's {@code name}.
 */
public final class EventMapper {

    public static final String ORIGIN = "vfmigrate";

    private EventMapper() {
    }

    public static Event toModel(AuditLog a) {
        Event m = new Event();
        m.id = a.getId().toString();
        m.href = ApiPaths.EVENTS + "/" + a.getId();
        m.name = a.getLogType().name();
        m.code = String.valueOf(code(a.getLogType()));
        m.description = a.getMessage();
        m.severity = a.getSeverity().name().toLowerCase(Locale.ROOT);
        m.time = ApiDates.format(a.getLogTime());
        m.correlationId = a.getCorrelationId();
        m.origin = ORIGIN;
        m.user = a.getUserName() == null ? null : new EventUser(a.getUserName());
        m.dataCenter = HostMapper.ref(ApiPaths.DATA_CENTERS, a.getDataCenterId());
        m.cluster = HostMapper.ref(ApiPaths.CLUSTERS, a.getClusterId());
        m.host = HostMapper.ref(ApiPaths.HOSTS, a.getHostId());
        m.vm = HostMapper.ref(ApiPaths.VMS, a.getVmId());
        return m;
    }

    /** The stable numeric code of an audit type, between 0 and 2^31 - 1. */
    public static int code(AuditLogType type) {
        CRC32 crc = new CRC32();
        crc.update(type.name().getBytes(StandardCharsets.US_ASCII));
        return (int) (crc.getValue() & 0x7fffffff);
    }
}
