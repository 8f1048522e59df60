package org.vfmigrate.backend.restapi.mapper;

import java.util.Locale;
import java.util.Objects;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.Migration;
import org.vfmigrate.backend.restapi.model.Ref;

/** Migrations to their read-only API form. */
public final class MigrationMapper {

    private MigrationMapper() {
    }

    public static Migration toModel(org.vfmigrate.common.businessentities.migration.Migration m) {
        Migration out = new Migration();
        out.id = m.getId().toString();
        out.href = ApiPaths.href(ApiPaths.VMS, m.getVmId()) + "/migrations/" + m.getId();
        out.vm = new Ref(m.getVmId().toString(), ApiPaths.href(ApiPaths.VMS, m.getVmId()));
        out.sourceHost = new Ref(m.getSourceHostId().toString(), ApiPaths.href(ApiPaths.HOSTS, m.getSourceHostId()));
        out.destinationHost = new Ref(m.getDestinationHostId().toString(),
                ApiPaths.href(ApiPaths.HOSTS, m.getDestinationHostId()));
        out.mode = m.getMode().name().toLowerCase(Locale.ROOT);
        out.phase = m.getPhase().name().toLowerCase(Locale.ROOT);
        out.policy = m.getPolicy() == null ? null : m.getPolicy().apiName();
        out.startTime = ApiDates.format(m.getStartedAt());
        out.endTime = m.getFinishedAt() == null ? null : ApiDates.format(m.getFinishedAt());
        out.unplugMs = text(m.getUnplugMs());
        out.migrationMs = text(m.getMigrationMs());
        out.downtimeMs = text(m.getDowntimeMs());
        out.degradedMs = text(m.getDegradedMs());
        out.outageMs = text(m.getOutageMs());
        out.failure = m.getFailure();
        return out;
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
