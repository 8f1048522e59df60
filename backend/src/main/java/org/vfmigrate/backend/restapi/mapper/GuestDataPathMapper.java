package org.vfmigrate.backend.restapi.mapper;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.GuestDataPath;
import org.vfmigrate.backend.restapi.model.GuestDataPathChange;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.vdsbroker.host.sim.DataPathTimeline;

/**
 * A simulated guest's data-path timeline in API form. The simulator counts milliseconds on its own clock; the API
 * shows wall-clock instants in oVirt's date form ({@link ApiDates}), like the engine's other times, by anchoring
 * the timeline's end to the instant it was read.
 */
public final class GuestDataPathMapper {

    private GuestDataPathMapper() {
    }

    /**
     * @param timeline the recorded changes, read at its {@code endMillis}
     * @param readAt the wall-clock instant matching {@code timeline.endMillis()}
     */
    public static GuestDataPath toModel(UUID vmId, DataPathTimeline timeline, Instant readAt) {
        GuestDataPath m = new GuestDataPath();
        m.vm = new Ref(vmId.toString(), ApiPaths.href(ApiPaths.VMS, vmId));
        m.endTime = ApiDates.format(readAt);
        m.outageMs = String.valueOf(timeline.outage().toMillis());
        m.degradedMs = String.valueOf(timeline.degraded().toMillis());
        for (DataPathTimeline.Change c : timeline.changes()) {
            GuestDataPathChange mc = new GuestDataPathChange();
            mc.time = ApiDates.format(readAt.minusMillis(timeline.endMillis() - c.atMillis()));
            mc.mac = c.mac();
            mc.path = c.path().name().toLowerCase(Locale.ROOT);
            mc.failover = String.valueOf(c.failover());
            m.changes.add(mc);
        }
        return m;
    }
}
