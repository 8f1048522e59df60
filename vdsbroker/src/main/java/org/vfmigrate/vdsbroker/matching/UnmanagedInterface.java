package org.vfmigrate.vdsbroker.matching;

import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * A live interface no engine NIC accounts for; reported, never merged into a managed one.
 *
 * @param device the live interface
 * @param reason why it could not be attributed
 */
public record UnmanagedInterface(DomainInterface device, String reason) {
}
