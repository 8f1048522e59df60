package org.vfmigrate.vdsbroker.host;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.vfmigrate.vdsbroker.xml.DomainXmlCodec;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/** Reads what a host actually runs. */
public interface LiveDomainXml {

    /** The live XML of a running domain (or the definition of an inactive one). */
    String liveXml(String vmName);

    /**
     * The aliases of the interfaces the domain's live XML shows, read with the typed codec (so an alias named in
     * the engine's metadata does not count as a device).
     */
    default Set<String> liveInterfaceAliases(String vmName) {
        return DomainXmlCodec.get().parseDomain(liveXml(vmName)).getDevices().getInterfaces().stream()
                .map(DomainInterface::aliasName).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** Names of the running domains. */
    List<String> runningDomains();
}
