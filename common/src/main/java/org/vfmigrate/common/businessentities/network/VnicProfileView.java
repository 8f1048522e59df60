package org.vfmigrate.common.businessentities.network;

import java.util.UUID;

/**
 * A vNIC profile as read from {@code vnic_profiles_view}: the profile plus the names around it (network,
 * data center, and the failover profile's name), so lists need no further look-ups.
 */
public record VnicProfileView(
        UUID id,
        String name,
        String description,
        UUID networkId,
        String networkName,
        UUID dataCenterId,
        String dataCenterName,
        boolean passthrough,
        boolean migratable,
        UUID failoverVnicProfileId,
        String failoverVnicProfileName,
        long rowVersion) {

    /** The plain entity, detached. */
    public VnicProfile toProfile() {
        VnicProfile p = new VnicProfile(id, name, networkId);
        p.setDescription(description);
        p.setPassthrough(passthrough);
        p.setMigratable(migratable);
        p.setFailoverVnicProfileId(failoverVnicProfileId);
        p.setRowVersion(rowVersion);
        return p;
    }
}
