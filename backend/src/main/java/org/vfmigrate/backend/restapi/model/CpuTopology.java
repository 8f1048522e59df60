package org.vfmigrate.backend.restapi.model;

/** {@code <topology><sockets/><cores/><threads/></topology>}: the vCPUs are their product. */
public class CpuTopology {

    public String sockets;

    public String cores;

    public String threads;
}
