package org.vfmigrate.backend.restapi.model;

/**
 * One change of a {@link GuestDataPath}: from {@code time} on, the MAC's traffic runs on {@code path} — {@code vf},
 * {@code virtio}, {@code paused} (the whole guest is paused, as at the end of every live migration) or
 * {@code none} (no NIC carries it). {@code failover} says whether the MAC is a failover pair.
 */
public class GuestDataPathChange {

    public String time;

    public String mac;

    public String path;

    public String failover;
}
