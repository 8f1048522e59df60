package org.vfmigrate.vdsbroker.host;

import java.time.Duration;
import java.util.Objects;

/**
 * Parameters of one live migration.
 *
 * @param destinationUri the destination host's driver address ({@code sim://h2}, {@code qemu+tls://h2/system})
 * @param live live migration (otherwise the domain is paused during the copy)
 * @param peerToPeer source libvirtd talks to the destination directly
 * @param maxDowntime the stop-and-copy downtime allowed
 * @param bandwidthMibps bandwidth limit in MiB/s, 0 for unlimited
 * @param destinationXml domain XML for the destination (hypervisor-managed mode), or null
 */
public record MigrationRequest(String destinationUri, boolean live, boolean peerToPeer, Duration maxDowntime,
                               long bandwidthMibps, String destinationXml) {

    public MigrationRequest {
        Objects.requireNonNull(destinationUri, "destinationUri");
        Objects.requireNonNull(maxDowntime, "maxDowntime");
        if (bandwidthMibps < 0) {
            throw new IllegalArgumentException("bandwidth must not be negative");
        }
    }

    /** A live peer-to-peer migration with a 500 ms downtime limit and no bandwidth cap. */
    public static MigrationRequest to(String destinationUri) {
        return new MigrationRequest(destinationUri, true, true, Duration.ofMillis(500), 0, null);
    }

    /** The same request with a destination XML (hypervisor-managed mode). */
    public MigrationRequest withDestinationXml(String xml) {
        return new MigrationRequest(destinationUri, live, peerToPeer, maxDowntime, bandwidthMibps, xml);
    }
}
