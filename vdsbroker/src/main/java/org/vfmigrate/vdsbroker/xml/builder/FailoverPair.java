package org.vfmigrate.vdsbroker.xml.builder;

import java.util.Objects;
import org.vfmigrate.vdsbroker.xml.model.DomainInterface;

/**
 * The two interfaces of one failover NIC.
 *
 * @param vf the VF, {@code <teaming type='transient' persistent='<twin alias>'/>}
 * @param twin the virtio standby, {@code <teaming type='persistent'/>}
 */
public record FailoverPair(DomainInterface vf, DomainInterface twin) {

    public FailoverPair {
        Objects.requireNonNull(vf, "vf");
        Objects.requireNonNull(twin, "twin");
    }
}
