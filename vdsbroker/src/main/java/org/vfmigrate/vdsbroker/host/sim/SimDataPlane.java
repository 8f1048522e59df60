package org.vfmigrate.vdsbroker.host.sim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vfmigrate.vdsbroker.host.sim.DataPathRecorder.NicPath;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceLink;
import org.vfmigrate.vdsbroker.xml.model.DomainInterfaceType;

/**
 * The guest's view of its network, per MAC: the VF while it is plugged (and, for a teaming primary, while
 * its standby exists — QEMU hides a primary whose failover pair is missing), else a linked-up virtio NIC
 * with that MAC, else nothing. Every MAC of a paused domain is {@link DataPath#PAUSED}; a stopped domain has no
 * path at all.
 */
final class SimDataPlane {

    private SimDataPlane() {
    }

    static Map<String, NicPath> paths(SimDomain d) {
        Map<String, NicPath> out = new HashMap<>();
        if (d.live == null) {
            return out;
        }
        Set<String> failoverMacs = new HashSet<>();
        Set<String> vfMacs = new HashSet<>();
        Set<String> virtioMacs = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (DomainInterface i : d.live.getDevices().getInterfaces()) {
            String mac = i.macAddress();
            if (mac == null) {
                continue;
            }
            all.add(mac);
            if (i.getTeaming() != null) {
                failoverMacs.add(mac);
            }
            if (i.getType() == DomainInterfaceType.HOSTDEV) {
                if (!i.isTeamingTransient() || SimRules.standbyPresent(d.live, i)) {
                    vfMacs.add(mac);
                }
            } else if (i.getLink() == null || i.getLink().getState() != DomainInterfaceLink.State.DOWN) {
                virtioMacs.add(mac);
            }
        }
        boolean paused = d.state != SimDomain.State.RUNNING;
        for (String mac : all) {
            DataPath p = paused ? DataPath.PAUSED
                : vfMacs.contains(mac) ? DataPath.VF : virtioMacs.contains(mac) ? DataPath.VIRTIO : DataPath.NONE;
            out.put(mac, new NicPath(p, failoverMacs.contains(mac)));
        }
        return out;
    }
}
