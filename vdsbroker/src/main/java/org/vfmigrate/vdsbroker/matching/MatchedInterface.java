package org.vfmigrate.vdsbroker.matching;

import java.util.UUID;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * A live interface attributed to an engine NIC.
 *
 * @param nicId the engine NIC
 * @param role primary device or failover twin
 * @param device the live interface
 */
public record MatchedInterface(UUID nicId, InterfaceRole role, DomainInterface device) {
}
