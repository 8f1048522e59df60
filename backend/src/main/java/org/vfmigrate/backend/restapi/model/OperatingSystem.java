package org.vfmigrate.backend.restapi.model;

/** {@code <os><type>rhel_8x64</type></os>}: the guest OS by its oVirt type name. */
public class OperatingSystem {

    public String type;
}
