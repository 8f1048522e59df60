package org.vfmigrate.vdsbroker.host;

/**
 * Everything one host offers, as the union of the narrow ports. Consumers should depend on the port they
 * use ({@link InterfaceHotUnplug}, {@link DomainMigration}…); the registry hands out whole drivers.
 */
public interface HostDriver extends DomainLifecycle, InterfaceHotplug, InterfaceHotUnplug, DomainMigration,
    LiveDomainXml, PciInventory, HostEvents, AutoCloseable {

    /** The address this driver was opened for ({@code sim://h1}, {@code qemu+tls://h1/system}). */
    String address();

    @Override
    void close();
}
