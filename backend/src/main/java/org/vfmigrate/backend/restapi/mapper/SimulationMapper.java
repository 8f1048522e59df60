package org.vfmigrate.backend.restapi.mapper;

import java.util.Locale;
import org.vfmigrate.backend.restapi.model.Simulation;
import org.vfmigrate.backend.restapi.model.SimulationFault;
import org.vfmigrate.backend.restapi.model.SimulationGuest;
import org.vfmigrate.vdsbroker.host.sim.SimFault;
import org.vfmigrate.vdsbroker.host.sim.SimGuest;
import org.vfmigrate.vdsbroker.host.sim.SimSettings;

/**
 * A simulated host's settings in API form, with the simulator's own keys and every one of them, so a GET can be
 * sent back with PUT. Faults are shown as configured: {@code times} is the count set, not the turns left.
 * Reading goes through {@link SimulationBodies} and the simulator's own parser, which knows every rule.
 */
public final class SimulationMapper {

    private SimulationMapper() {
    }

    public static Simulation toModel(SimSettings s) {
        Simulation m = new Simulation();
        m.unplugAckMs = String.valueOf(s.unplugAckMs());
        m.migrationBandwidthMibps = String.valueOf(s.migrationBandwidthMibps());
        m.stopCopyDowntimeMs = String.valueOf(s.stopCopyDowntimeMs());
        for (SimFault f : s.faults()) {
            SimulationFault mf = new SimulationFault();
            mf.operation = f.operation().name().toLowerCase(Locale.ROOT);
            mf.vm = f.vm();
            mf.kind = f.kind().name().toLowerCase(Locale.ROOT);
            mf.times = String.valueOf(f.times());
            mf.delayMs = f.delayMs() == null ? null : String.valueOf(f.delayMs());
            mf.message = f.message();
            m.faults.add(mf);
        }
        for (SimGuest g : s.guests()) {
            SimulationGuest mg = new SimulationGuest();
            mg.vm = g.vm();
            mg.netFailover = String.valueOf(g.netFailover());
            mg.hotplug = String.valueOf(g.hotplug());
            mg.convergenceDowntimeMs = String.valueOf(g.convergenceDowntimeMs());
            m.guests.add(mg);
        }
        return m;
    }
}
