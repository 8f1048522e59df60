package org.vfmigrate.vdsbroker.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.model.Domain;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * Attributes a host's live interfaces to engine NICs. Without {@code <teaming>} an interface is matched by
 * MAC (preferring the one whose alias also fits); with {@code <teaming>} — where a VF and its twin share a
 * MAC — by alias <em>and</em> MAC, and the teaming role must agree with the alias (as vdsm does in
 * {@code vmdevices/network.py}). Each (NIC, role) is claimed at most once, so two interfaces that share a
 * MAC are never merged: the second is reported as unmanaged. Stateless and thread-safe.
 */
public final class DeviceMatcher {

    /** Matches the interfaces of a live domain XML document. */
    public DeviceMatchReport match(String liveXml, Collection<EngineNicDevice> nics) {
        return match(DomainXmlCodec.get().parseDomain(liveXml), nics);
    }

    /** Matches the interfaces of a parsed live domain. */
    public DeviceMatchReport match(Domain live, Collection<EngineNicDevice> nics) {
        Map<String, EngineNicDevice> byAlias = new HashMap<>();
        for (EngineNicDevice nic : nics) {
            byAlias.put(nic.alias(), nic);
            if (nic.failoverAlias() != null) {
                byAlias.put(nic.failoverAlias(), nic);
            }
        }
        Set<String> claimed = new HashSet<>();
        List<MatchedInterface> matched = new ArrayList<>();
        List<UnmanagedInterface> unmanaged = new ArrayList<>();
        for (DomainInterface iface : live.getDevices().getInterfaces()) {
            Outcome o = iface.getTeaming() != null
                ? matchTeaming(iface, byAlias) : matchByMac(iface, nics, claimed);
            if (o.nic == null) {
                unmanaged.add(new UnmanagedInterface(iface, o.reason));
            } else if (!claimed.add(o.nic.nicId() + "/" + o.role)) {
                unmanaged.add(new UnmanagedInterface(iface, "NIC " + o.nic.nicId() + " already has its " + o.role
                    + " device; interfaces sharing a MAC are never merged"));
            } else {
                matched.add(new MatchedInterface(o.nic.nicId(), o.role, iface));
            }
        }
        return new DeviceMatchReport(matched, unmanaged, missing(nics, claimed, InterfaceRole.PRIMARY),
            missing(nics.stream().filter(n -> n.failoverAlias() != null).toList(), claimed,
                InterfaceRole.FAILOVER_TWIN));
    }

    private static Outcome matchTeaming(DomainInterface iface, Map<String, EngineNicDevice> byAlias) {
        String alias = iface.aliasName();
        EngineNicDevice nic = alias == null ? null : byAlias.get(alias);
        if (nic == null) {
            return Outcome.none("teaming interface with unknown alias " + alias);
        }
        if (!nic.mac().value().equals(iface.macAddress())) {
            return Outcome.none("alias " + alias + " carries MAC " + iface.macAddress() + ", expected " + nic.mac());
        }
        InterfaceRole role = alias.equals(nic.alias()) ? InterfaceRole.PRIMARY : InterfaceRole.FAILOVER_TWIN;
        boolean roleFits = role == InterfaceRole.PRIMARY ? iface.isTeamingTransient() : iface.isTeamingPersistent();
        if (!roleFits) {
            return Outcome.none("alias " + alias + " has teaming " + iface.getTeaming().getType()
                + " which does not fit its role " + role);
        }
        return new Outcome(nic, role, null);
    }

    private static Outcome matchByMac(DomainInterface iface, Collection<EngineNicDevice> nics, Set<String> claimed) {
        String mac = iface.macAddress();
        List<EngineNicDevice> candidates = nics.stream().filter(n -> n.mac().value().equals(mac))
            .filter(n -> !claimed.contains(n.nicId() + "/" + InterfaceRole.PRIMARY)).toList();
        if (candidates.isEmpty()) {
            return Outcome.none(nics.stream().anyMatch(n -> n.mac().value().equals(mac))
                ? "MAC " + mac + " already matched to another interface" : "no engine NIC with MAC " + mac);
        }
        EngineNicDevice byAlias = candidates.stream().filter(n -> n.alias().equals(iface.aliasName()))
            .findFirst().orElse(null);
        if (byAlias != null) {
            return new Outcome(byAlias, InterfaceRole.PRIMARY, null);
        }
        if (candidates.size() > 1) {
            return Outcome.none("MAC " + mac + " is ambiguous between NICs "
                + candidates.stream().map(EngineNicDevice::nicId).toList());
        }
        return new Outcome(candidates.get(0), InterfaceRole.PRIMARY, null);
    }

    private static List<UUID> missing(Collection<EngineNicDevice> nics, Set<String> claimed, InterfaceRole role) {
        return nics.stream().map(EngineNicDevice::nicId).filter(id -> !claimed.contains(id + "/" + role)).toList();
    }

    private record Outcome(EngineNicDevice nic, InterfaceRole role, String reason) {
        static Outcome none(String reason) {
            return new Outcome(null, null, reason);
        }
    }
}
